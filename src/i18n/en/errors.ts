// Plain words for failures (help-desk staff first), and the labels of the ErrorCode view. ZStack's own text
// (description, details) is shown as sent, below these.
export const errors = {
  sessionExpired: { headline: 'Your session has expired.', advice: 'Sign in again to continue.' },
  wrongPassword: { headline: 'Wrong account name or password.', advice: 'Check both and try again.' },
  tooManySessions: {
    headline: 'This account has too many open sessions.',
    advice: 'Sign out elsewhere, or wait for old sessions to expire, then try again.',
  },
  mustChangePassword: { headline: 'This account must change its initial password first.' },
  /** What the failure is about: a VM, a data volume or an image (quota names from docs/zstack-protocol.md). */
  quota: (subject: 'vm' | 'volume' | 'image') =>
    ({
      vm: {
        headline: 'The account that owns this VM has reached its VM quota, so the VM cannot come back.',
        advice:
          'Ask an administrator to raise the account’s vm.totalNum quota, or delete another of its VMs.',
      },
      volume: {
        headline:
          'The account that owns this data volume has reached its quota of data volumes, so it cannot come back.',
        advice:
          'Ask an administrator to raise the account’s volume.data.num quota, or delete another of its data volumes.',
      },
      image: {
        headline:
          'The account that owns this image has reached its image size quota, so it cannot come back.',
        advice:
          'Ask an administrator to raise the account’s image.size quota, or expunge another of its images.',
      },
    })[subject],
  permission: (subject: 'vm' | 'volume' | 'image' | 'config') =>
    subject === 'config'
      ? {
          headline:
            'Your account is not allowed to do this: only an administrator changes global configurations.',
          advice: 'Ask an administrator to make the change. Retention stays as it is.',
        }
      : {
          headline: 'Your account is not allowed to do this.',
          advice: `Ask an administrator or the ${{ vm: 'VM', volume: 'data volume', image: 'image' }[subject]}’s owner.`,
        },
  notInBin: (state: string | undefined) => ({
    headline: `This VM is no longer in the recycle bin${state ? `: it is now ${state}` : ''}.`,
    advice: 'Someone may have recovered or changed it already. The list has been refreshed.',
  }),
  cannotStart: (state: string | undefined) => ({
    headline: `ZStack cannot start this VM${state ? ` while it is ${state}` : ''}.`,
    advice: 'A VM starts from Stopped, Crashed or Created. Refresh the page to see its state now.',
  }),
  cannotAttach: (state: string | undefined) => ({
    headline: `ZStack cannot attach a data volume to this VM${state ? ` while it is ${state}` : ''}.`,
    advice:
      'Data volumes attach to a VM that is Running, Stopped or Paused. Pick another VM or try again later.',
  }),
  gone: (subject: 'vm' | 'volume' | 'image') => ({
    headline: `This ${{ vm: 'VM', volume: 'data volume', image: 'image' }[subject]} no longer exists: it has been expunged (deleted for good).`,
    advice: 'It cannot be recovered. The list has been refreshed.',
  }),
  hostDeleted: {
    headline: 'The host that held this VM’s disk has been removed, so the VM cannot be recovered.',
    advice:
      'The disk was on that host’s local storage. An administrator may be able to restore it from a backup.',
  },
  noHost: {
    headline: 'No host has room to start this VM.',
    advice: 'The VM stays recovered but stopped. Free capacity or start it later.',
  },
  zstackTimeout: { headline: 'ZStack timed out while doing this.', advice: 'Try again in a moment.' },
  generic: { headline: 'ZStack could not complete the operation.' },
  console: { headline: 'Something went wrong in the console.' },
  network: {
    headline: 'The console cannot reach the ZStack management node.',
    advice: 'Check the network or whether the management node is running, then try again.',
  },
  proxy: {
    headline: 'The proxy in front of ZStack answered with an error instead of ZStack.',
    advice: 'The management node may be down or restarting. Try again in a moment.',
  },
  foreign: {
    headline:
      'Something in front of ZStack answered instead of ZStack, often because the sign-in has ended there.',
    advice:
      'Whether the action ran is not known. Sign in again and try again: the console follows the same job and never runs it twice.',
  },
  malformed: {
    headline: 'ZStack sent an answer the console could not understand.',
    advice: 'Copy the error for your ticket.',
  },
  timeout: {
    headline: 'The operation took too long.',
    advice:
      'It may still finish on ZStack. Trying again follows the same job instead of starting another; refresh to see its state.',
  },
  jobExpired: {
    headline: 'ZStack no longer has a record of this job.',
    advice: 'It finished too long ago or the node restarted. Refresh to see the current state.',
  },
  aborted: { headline: 'Cancelled.' },
  http: { headline: 'ZStack refused the request.', advice: 'Copy the error for your ticket.' },
  /** Descriptions of the codes the console uses for failures that are not ZStack ErrorCodes. */
  kinds: {
    http: 'The management node refused the request',
    proxy: 'A proxy between the console and ZStack answered instead of ZStack',
    foreign: 'Something in front of ZStack answered instead of ZStack',
    network: 'The management node could not be reached',
    malformed: 'ZStack sent an answer the console could not read',
    timeout: 'The operation did not finish in time',
    'job-expired': 'The job record has expired on the management node',
    aborted: 'The request was cancelled',
  },
  // The ErrorCode view.
  titled: (title: string, headline: string) => `${title}: ${headline}`,
  levelError: (code: string) => `Error ${code}`,
  levelCause: (code: string) => `Caused by ${code}`,
  details: 'Details',
  explanation: 'Explanation',
  failedIn: 'Failed in',
  extra: 'Extra',
  showCauses: (open: boolean, count: number, code: string) =>
    `${open ? 'Hide' : 'Show'} ${count === 1 ? 'cause' : `${count} causes`} of ${code}`,
  moreLevels: (count: number) => `… ${count} more ${count === 1 ? 'level' : 'levels'} (in the copied error)`,
  job: (uuid: string) => `Job ${uuid}`,
  copyError: 'Copy error',
  errorCopied: 'Error copied to the clipboard',
};
