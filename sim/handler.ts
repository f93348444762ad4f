// Stable entry point (test/support/msw.ts and others import it): the simulator itself lives in http/simulator.ts.
export { createSimulator } from './http/simulator.ts';
export type {
  ExecutionReport,
  FaultSpec,
  LoggedRequest,
  OpsScriptFacts,
  RequestMeta,
  SimOptions,
  SimScenario,
  Simulator,
} from './http/simulator.ts';
