// What ZStack does not keep and the console must: the policy last seen in force for each kind other than Never (so
// a Never after it is a pause, and Resume can restore it), and each user's lead time for "Expiring soon". In this
// browser's localStorage, shared by the accounts that use it; without it, nothing is kept.
import * as v from 'valibot';
import type { ResourceKind } from '../zstack/inventories.ts';

const PAUSE_KEY = 'zstack-rb:retention-before-pause';
const leadKey = (account: string) => `zstack-rb:expiring-lead:${account}`;
export const DEFAULT_LEAD_HOURS = 24;

const pauseSchema = v.object({
  vm: v.optional(v.string()),
  volume: v.optional(v.string()),
  image: v.optional(v.string()),
});
export type BeforePause = Partial<Record<ResourceKind, string>>;

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined; // blocked by the browser's settings
  }
}

function read(key: string): string | null {
  try {
    return storage()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function write(key: string, value: string | undefined): void {
  try {
    if (value === undefined) storage()?.removeItem(key);
    else storage()?.setItem(key, value);
  } catch {
    // full or blocked: the console falls back to ZStack's default (Delay) on Resume
  }
}

export function readBeforePause(): BeforePause {
  const text = read(PAUSE_KEY);
  if (text === null) return {};
  try {
    const parsed = v.safeParse(pauseSchema, JSON.parse(text));
    return parsed.success ? parsed.output : {};
  } catch {
    return {};
  }
}

/**
 * Notes the policies seen in force, each time they are read: Never is never noted, so after a pause the memory
 * holds what was there before it. A node configured Never before this browser ever saw it leaves nothing here
 * (the policy's defaultValue tells the pause then: retention-pause.ts).
 */
export function notePolicies(seen: BeforePause): void {
  const known = readBeforePause();
  const running = Object.entries(seen).filter(([, p]) => p !== undefined && p !== 'Never');
  if (running.every(([k, p]) => known[k as ResourceKind] === p)) return;
  write(PAUSE_KEY, JSON.stringify({ ...known, ...Object.fromEntries(running) }));
}

export function forgetBeforePause(): void {
  write(PAUSE_KEY, undefined);
}

export const LEAD_HOURS = [1, 6, 24, 72, 168] as const;

export function readLeadHours(account: string): number {
  const n = Number(read(leadKey(account)));
  return (LEAD_HOURS as readonly number[]).includes(n) ? n : DEFAULT_LEAD_HOURS;
}

export function saveLeadHours(account: string, hours: number): void {
  write(leadKey(account), String(hours));
}
