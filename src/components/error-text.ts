// Plain words for help-desk staff: what happened and what to do, from the ErrorCode chain, in the active language.
import type { Messages } from '../i18n/en/index.ts';
import { type ErrorCode, isZStackError } from '../zstack/errors.ts';
import type { ResourceKind } from '../zstack/inventories.ts';

/** What a failure is about: a resource of a kind, or ZStack's global configuration (retention). */
export type ErrorSubject = ResourceKind | 'config';

export interface ErrorText {
  headline: string;
  advice?: string;
}

function flatten(ec: ErrorCode): ErrorCode[] {
  return [ec, ...(ec.cause ? flatten(ec.cause) : []), ...(ec.causes ?? []).flatMap(flatten)];
}

function fromChain(top: ErrorCode, m: Messages['errors'], subject: ErrorSubject): ErrorText {
  const all = flatten(top);
  const has = (code: string) => all.some((e) => e.code === code);
  const text = all.map((e) => `${e.details ?? ''} ${e.description ?? ''}`).join(' ');
  if (has('ID.1001')) return m.sessionExpired;
  if (has('ID.1000')) return m.wrongPassword;
  if (has('ID.1006')) return m.tooManySessions;
  if (has('ID.1005')) return m.mustChangePassword;
  if (has('ID.1003') && subject !== 'config') return m.quota(subject);
  if (has('ID.1002') || /permission denied|denied by/iu.test(text)) return m.permission(subject);
  const state = /state\[(\w+)\]/u.exec(text)?.[1];
  // VM.1010 inside a start (VM.1001) or an attach (VM.1005) is about that action, not about the recycle bin
  if (has('VM.1010') && has('VM.1001')) return m.cannotStart(state);
  if (has('VM.1010') && has('VM.1005')) return m.cannotAttach(state);
  if (has('VM.1010')) return m.notInBin(state);
  if (has('SYS.1003') && subject !== 'config') return m.gone(subject);
  if (/local storage/iu.test(text) && /host .*deleted/iu.test(text)) return m.hostDeleted;
  if (all.some((e) => e.code.startsWith('HOST_ALLOCATION')) || /no available host/iu.test(text))
    return m.noHost;
  if (has('SYS.1001')) return m.zstackTimeout;
  // ZStack's own friendlier message, when its elaboration database matched, is server text: shown as sent.
  return top.elaboration ? { headline: top.elaboration.replace(/^Error message:\s*/u, '') } : m.generic;
}

export function describeError(error: unknown, t: Messages, subject: ErrorSubject = 'vm'): ErrorText {
  const m = t.errors;
  if (!isZStackError(error)) {
    return error instanceof Error ? { ...m.console, advice: error.message } : m.console;
  }
  switch (error.kind) {
    case 'api':
      return fromChain(error.errorCode, m, subject);
    case 'network':
      return m.network;
    case 'proxy':
      return m.proxy;
    case 'foreign':
      return m.foreign;
    case 'malformed':
      return m.malformed;
    case 'timeout':
      return m.timeout;
    case 'job-expired':
      return m.jobExpired;
    case 'aborted':
      return m.aborted;
    case 'http':
      return m.http;
  }
}

/**
 * Whether trying the same action again may work: a failure on the way (network, proxy, timeouts, a lost job) or
 * ZStack's own timeout. ZStack refusing (quota, permission, state, a host or storage that is gone) fails the same
 * way again, so the console offers what to do instead of "Try again".
 */
export function isTransient(error: unknown): boolean {
  if (!isZStackError(error)) return false;
  if (error.kind !== 'api') return true;
  const codes: string[] = [];
  for (let e: ErrorCode | undefined = error.errorCode; e; e = e.cause) codes.push(e.code);
  // ZStack's SysErrors: TIMEOUT (1001), UNDELIVERABLE (1011), MANAGEMENT_NODE_UNAVAILABLE (1012): the node was busy
  // or restarting, not refusing.
  return codes.some((c) => c === 'SYS.1001' || c === 'SYS.1011' || c === 'SYS.1012');
}
