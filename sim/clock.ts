/** Sim clock: starts at a chosen instant, then follows real time plus any manual advance. */
export class SimClock {
  private startSim = 0;
  private startReal = 0;
  private advancedMs = 0;

  constructor(
    private readonly configuredStart: number | undefined,
    private readonly realNow: () => number,
  ) {
    this.reset();
  }

  reset(): void {
    this.startReal = this.realNow();
    this.startSim = this.configuredStart ?? this.startReal;
    this.advancedMs = 0;
  }

  /** Sim time in epoch ms. */
  now(): number {
    return this.startSim + (this.realNow() - this.startReal) + this.advancedMs;
  }

  /** Sim time truncated to seconds, as MySQL DATETIME columns store it. */
  stamp(): number {
    return Math.floor(this.now() / 1000) * 1000;
  }

  /** The instant the seeded data set is relative to. */
  start(): number {
    return this.startSim;
  }

  advance(seconds: number): void {
    this.advancedMs += seconds * 1000;
  }
}
