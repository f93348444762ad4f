// Where the English namespaces kept out of the first paint (see ./index.ts) are put when their module is evaluated.
// Each of those modules adds its namespace to LazyMessages itself (`declare module './registry.ts'`), so this file
// imports none of them and the catalog has no import cycle.

// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by each lazy namespace's module
export interface LazyMessages {}

export type LazyNamespace = keyof LazyMessages;

const registered: Partial<LazyMessages> = {};

/** Called once by each lazy namespace's module (en/<namespace>.ts) when it is evaluated. */
export function registerEn<N extends LazyNamespace>(namespace: N, messages: LazyMessages[N]): void {
  registered[namespace] = messages;
}

/** The namespace's messages, or undefined while its module has not been evaluated. */
export function registeredEn<N extends LazyNamespace>(namespace: N): LazyMessages[N] | undefined {
  return registered[namespace];
}
