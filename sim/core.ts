import { SimClock } from './clock.ts';
import { Executions } from './http/executions.ts';
import { Faults } from './http/faults.ts';
import { JobTable } from './http/job-table.ts';
import { Sessions } from './http/sessions.ts';
import type { OpCtx } from './ops/context.ts';
import { createExpungeTasks, restartsTask, type ExpungeTasks } from './ops/expunge-tasks.ts';
import type { SimOptions, SimScenario } from './options.ts';
import { Prng } from './prng.ts';
import { LAST_EXPUNGE_PASS_AGO_MS, seedStore } from './seed/data-set.ts';
import type { GlobalConfigRec } from './store/records-identity.ts';
import type { Store } from './store/store.ts';

export type LoggedRequest = { seq: number; method: string; path: string; status: number };

const LOG_SIZE = 500;

/** All mutable simulator state; the HTTP layer (http/routes.ts, http/control.ts) only call into this. */
export class SimCore {
  readonly clock: SimClock;
  store: Store;
  sessions: Sessions;
  readonly jobs: JobTable;
  readonly executions = new Executions();
  readonly expunge: ExpungeTasks;
  /** Whether the node has ZStack Cloud's audit API (SimOptions.audit; POST /zstack/__sim/config). */
  auditEnabled: boolean;
  readonly faults: Faults;
  jobLatencyMs: number;
  /** The data set of the last reset (SimOptions.scenario and extraAudits until a reset names others). */
  scenario: SimScenario;
  extraAudits: number;
  readonly log: LoggedRequest[] = [];
  private logSeq = 0;
  // runtime ids (sessions, jobs) never restart on reset, so stale ids from before a reset stay unknown
  private readonly ids: Prng;
  private ticker: ReturnType<typeof setInterval> | undefined;

  constructor(readonly opts: SimOptions) {
    this.clock = new SimClock(opts.clockStart, opts.realNow);
    this.ids = new Prng((opts.seed ^ 0x5bd1e995) >>> 0);
    this.jobLatencyMs = opts.jobLatencyMs;
    this.faults = new Faults(opts.faultRate, new Prng((opts.seed + 0x9e3779b9) >>> 0));
    this.jobs = new JobTable(
      opts.realNow,
      () => this.clock.now(),
      () => this.tick(),
    );
    this.auditEnabled = opts.audit;
    this.scenario = opts.scenario;
    this.extraAudits = opts.extraAudits;
    this.expunge = createExpungeTasks(() => this.ctx());
    this.store = this.seed();
    this.sessions = new Sessions(this.store, this.clock, () => this.newUuid());
    this.resumeExpungeTask();
    this.ticker = setInterval(() => this.tick(), 1000);
    // the periodic expunge pass must not keep a test process or a closing server alive
    if (typeof this.ticker === 'object' && typeof this.ticker.unref === 'function') this.ticker.unref();
  }

  private seed(): Store {
    return seedStore({
      seed: this.opts.seed,
      vms: this.opts.vms,
      destroyed: this.opts.destroyed,
      start: this.clock.start(),
      scenario: this.scenario,
      extraAudits: this.extraAudits,
    });
  }

  /** The node booted before the snapshot: the passes it last ran are already reflected in the seeded rows. */
  private resumeExpungeTask(): void {
    for (const task of Object.values(this.expunge))
      task.restart(this.clock.start() - LAST_EXPUNGE_PASS_AGO_MS, false);
  }

  /**
   * A changed global config restarts the expunge task that reads it. start*ExpungeTask submits it with
   * ThreadFacadeImpl.submitCancelablePeriodicTask(task), i.e. scheduleAtFixedRate with an initial delay of 0: the
   * restarted task runs a pass at once (so resuming from Never expunges what is overdue right away).
   */
  configChanged(g: GlobalConfigRec): void {
    const category = restartsTask(g.category, g.name);
    if (category) this.expunge[category].restart(this.clock.now(), true);
  }

  newUuid(): string {
    return this.ids.uuid();
  }

  ctx(): OpCtx {
    return {
      store: this.store,
      clock: this.clock,
      tz: this.opts.tzOffsetMinutes,
      newUuid: () => this.newUuid(),
    };
  }

  /** Completes due jobs, then runs the due expunge passes; called on every request and by timers. */
  tick(): void {
    this.jobs.processDue();
    for (const task of Object.values(this.expunge)) task.tick();
  }

  /** Back to the initial data set; `data` picks another one, kept until the next reset that names one. */
  reset(data: { scenario?: SimScenario; extraAudits?: number } = {}): void {
    if (data.scenario !== undefined) this.scenario = data.scenario;
    if (data.extraAudits !== undefined) this.extraAudits = data.extraAudits;
    this.jobs.clear();
    this.executions.clear();
    this.faults.disarm();
    this.clock.reset();
    this.jobLatencyMs = this.opts.jobLatencyMs;
    this.auditEnabled = this.opts.audit;
    this.store = this.seed();
    this.sessions = new Sessions(this.store, this.clock, () => this.newUuid());
    this.resumeExpungeTask();
    this.log.length = 0;
  }

  record(method: string, path: string, status: number): void {
    this.log.push({ seq: ++this.logSeq, method, path, status });
    if (this.log.length > LOG_SIZE) this.log.splice(0, this.log.length - LOG_SIZE);
  }

  dispose(): void {
    if (this.ticker !== undefined) clearInterval(this.ticker);
    this.ticker = undefined;
    this.jobs.clear();
  }
}
