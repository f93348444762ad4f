/** A state or type value ZStack sent, in the user's language when the catalog knows it, else as sent. */
export function stateLabel(states: Readonly<Record<string, string>>, state: string | undefined): string {
  if (state === undefined || state === '') return '—';
  return Object.hasOwn(states, state) ? (states[state] ?? state) : state;
}
