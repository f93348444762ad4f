import { Prng } from '../prng.ts';
import { Store } from '../store/store.ts';
import { seedInfra } from './infra.ts';
import { seedVms } from './vms.ts';

export type SeedParams = { seed: number; vms: number; destroyed: number; start: number };

export { LAST_EXPUNGE_PASS_AGO_MS } from './timeline.ts';

/** Builds the whole deterministic data set: infrastructure, then VMs. */
export function seedStore(p: SeedParams): Store {
  const store = new Store();
  const rng = new Prng(p.seed);
  const infra = seedInfra(store, rng, p.start);
  seedVms(store, rng, infra, p);
  return store;
}
