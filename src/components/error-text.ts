// Plain words for help-desk staff: what happened and what to do, from the ErrorCode chain.
import { type ErrorCode, isZStackError } from '../zstack/errors.ts';

export interface ErrorText {
  headline: string;
  advice?: string;
}

function flatten(ec: ErrorCode): ErrorCode[] {
  return [ec, ...(ec.cause ? flatten(ec.cause) : []), ...(ec.causes ?? []).flatMap(flatten)];
}

function fromChain(top: ErrorCode): ErrorText {
  const all = flatten(top);
  const has = (code: string) => all.some((e) => e.code === code);
  const text = all.map((e) => `${e.details ?? ''} ${e.description ?? ''}`).join(' ');
  if (has('ID.1001')) return { headline: 'Your session has expired.', advice: 'Sign in again to continue.' };
  if (has('ID.1000'))
    return { headline: 'Wrong account name or password.', advice: 'Check both and try again.' };
  if (has('ID.1006'))
    return {
      headline: 'This account has too many open sessions.',
      advice: 'Sign out elsewhere, or wait for old sessions to expire, then try again.',
    };
  if (has('ID.1005')) return { headline: 'This account must change its initial password first.' };
  if (has('ID.1003'))
    return {
      headline: 'The account that owns this VM has reached its VM quota, so the VM cannot come back.',
      advice: 'Ask an administrator to raise the account’s vm.totalNum quota, or delete another of its VMs.',
    };
  if (has('ID.1002') || /permission denied|denied by/iu.test(text))
    return {
      headline: 'Your account is not allowed to do this.',
      advice: 'Ask an administrator or the VM’s owner.',
    };
  if (has('VM.1010')) {
    const state = /state\[(\w+)\]/u.exec(text)?.[1];
    return {
      headline: `This VM is no longer in the recycle bin${state ? `: it is now ${state}` : ''}.`,
      advice: 'Someone may have recovered or changed it already. The list has been refreshed.',
    };
  }
  if (has('SYS.1003'))
    return {
      headline: 'This VM no longer exists: it has been expunged (deleted for good).',
      advice: 'It cannot be recovered. The list has been refreshed.',
    };
  if (/local storage/iu.test(text) && /host .*deleted/iu.test(text))
    return {
      headline: 'The host that held this VM’s disk has been removed, so the VM cannot be recovered.',
      advice:
        'The disk was on that host’s local storage. An administrator may be able to restore it from a backup.',
    };
  if (all.some((e) => e.code.startsWith('HOST_ALLOCATION')) || /no available host/iu.test(text))
    return {
      headline: 'No host has room to start this VM.',
      advice: 'The VM stays recovered but stopped. Free capacity or start it later.',
    };
  if (has('SYS.1001'))
    return { headline: 'ZStack timed out while doing this.', advice: 'Try again in a moment.' };
  return {
    headline:
      top.elaboration?.replace(/^Error message:\s*/u, '') ?? 'ZStack could not complete the operation.',
  };
}

export function describeError(error: unknown): ErrorText {
  if (!isZStackError(error)) {
    return error instanceof Error
      ? { headline: 'Something went wrong in the console.', advice: error.message }
      : { headline: 'Something went wrong in the console.' };
  }
  switch (error.kind) {
    case 'api':
      return fromChain(error.errorCode);
    case 'network':
      return {
        headline: 'The console cannot reach the ZStack management node.',
        advice: 'Check the network or whether the management node is running, then try again.',
      };
    case 'proxy':
      return {
        headline: 'The proxy in front of ZStack answered with an error instead of ZStack.',
        advice: 'The management node may be down or restarting. Try again in a moment.',
      };
    case 'malformed':
      return {
        headline: 'ZStack sent an answer the console could not understand.',
        advice: 'Copy the error for your ticket.',
      };
    case 'timeout':
      return {
        headline: 'The operation took too long.',
        advice: 'It may still finish on ZStack. Refresh to see the VM’s state.',
      };
    case 'job-expired':
      return {
        headline: 'ZStack no longer has a record of this job.',
        advice: 'It finished too long ago or the node restarted. Refresh to see the VM’s state.',
      };
    case 'aborted':
      return { headline: 'Cancelled.' };
    case 'http':
      return { headline: 'ZStack refused the request.', advice: 'Copy the error for your ticket.' };
  }
}
