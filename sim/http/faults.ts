import type { Prng } from '../prng.ts';

export type FaultSpec = {
  dropActionResponses?: number;
  dropPolls?: number;
  failPollsWith?: { status: 502 | 503 | 504; count: number };
};

export type PollFault = { kind: 'drop' } | { kind: 'status'; status: number };

/** Armed (deterministic) and random (SIM_FAULT_RATE) transport faults. */
export class Faults {
  private dropActions = 0;
  private dropPolls = 0;
  private failPolls: { status: number; count: number } | undefined;

  constructor(
    private readonly rate: number,
    private readonly rng: Prng,
  ) {}

  arm(spec: FaultSpec): void {
    if (spec.dropActionResponses !== undefined) this.dropActions = spec.dropActionResponses;
    if (spec.dropPolls !== undefined) this.dropPolls = spec.dropPolls;
    if (spec.failPollsWith !== undefined) this.failPolls = { ...spec.failPollsWith };
  }

  armed(): FaultSpec {
    return {
      dropActionResponses: this.dropActions,
      dropPolls: this.dropPolls,
      ...(this.failPolls && this.failPolls.count > 0
        ? { failPollsWith: { status: this.failPolls.status as 502 | 503 | 504, count: this.failPolls.count } }
        : {}),
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
    if (this.failPolls && this.failPolls.count > 0) {
      this.failPolls.count--;
      return { kind: 'status', status: this.failPolls.status };
    }
    return this.rate > 0 && this.rng.chance(this.rate) ? { kind: 'drop' } : undefined;
  }
}
