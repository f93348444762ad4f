import type { Prng } from '../prng.ts';

/** Statuses a proxy or a sign-in gateway in front of the node may answer with (never ZStack itself). */
export const FOREIGN_STATUSES = [401, 403, 407, 502, 503, 504] as const;
export type ForeignStatus = (typeof FOREIGN_STATUSES)[number];

export type PollFailure = {
  status: ForeignStatus;
  count: number;
  /** Polls answered normally before the failures start (an idle timeout in the middle of a run). */
  after?: number;
  /** A plain-text body (default) or an HTML page, as a gateway's sign-in or error page. */
  body?: 'text' | 'html';
};

export type FaultSpec = {
  dropActionResponses?: number;
  dropPolls?: number;
  failPollsWith?: PollFailure;
};

export type PollFault = { kind: 'drop' } | { kind: 'status'; status: number; body: 'text' | 'html' };

/** Armed (deterministic) and random (SIM_FAULT_RATE) transport faults. */
export class Faults {
  private dropActions = 0;
  private dropPolls = 0;
  private failPolls: Required<PollFailure> | undefined;

  constructor(
    private readonly rate: number,
    private readonly rng: Prng,
  ) {}

  arm(spec: FaultSpec): void {
    if (spec.dropActionResponses !== undefined) this.dropActions = spec.dropActionResponses;
    if (spec.dropPolls !== undefined) this.dropPolls = spec.dropPolls;
    if (spec.failPollsWith !== undefined) this.failPolls = { after: 0, body: 'text', ...spec.failPollsWith };
  }

  armed(): FaultSpec {
    return {
      dropActionResponses: this.dropActions,
      dropPolls: this.dropPolls,
      ...(this.failPolls && this.failPolls.count > 0 ? { failPollsWith: { ...this.failPolls } } : {}),
    };
  }

  disarm(): void {
    this.dropActions = 0;
    this.dropPolls = 0;
    this.failPolls = undefined;
  }

  /** True when this action's answer must be lost (the action itself still runs). */
  dropAction(): boolean {
    if (this.dropActions > 0) {
      this.dropActions--;
      return true;
    }
    return this.rate > 0 && this.rng.chance(this.rate);
  }

  poll(): PollFault | undefined {
    if (this.dropPolls > 0) {
      this.dropPolls--;
      return { kind: 'drop' };
    }
    const fail = this.failPolls;
    if (fail && fail.count > 0) {
      if (fail.after > 0) fail.after--;
      else {
        fail.count--;
        return { kind: 'status', status: fail.status, body: fail.body };
      }
    }
    return this.rate > 0 && this.rng.chance(this.rate) ? { kind: 'drop' } : undefined;
  }
}
