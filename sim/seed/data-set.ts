import type { SimScenario } from '../options.ts';
import { Prng } from '../prng.ts';
import { Store } from '../store/store.ts';
import { seedAuditNoise } from './audit-noise.ts';
import { seedAudits } from './audits.ts';
import { seedImages } from './images.ts';
import { seedInfra } from './infra.ts';
import { seedOpsScript } from './ops-script.ts';
import { seedVolumes } from './volumes.ts';
import { seedVms } from './vms.ts';

export type SeedParams = {
  seed: number;
  vms: number;
  destroyed: number;
  start: number;
  scenario?: SimScenario;
  extraAudits?: number;
};

export { LAST_EXPUNGE_PASS_AGO_MS } from './timeline.ts';

/**
 * Builds the whole deterministic data set: infrastructure, VMs, then the volume and image recycle bins and
 * the audit trail. The later parts draw from their own generators, so they never shift the VMs' uuids.
 */
export function seedStore(p: SeedParams): Store {
  const store = new Store();
  const rng = new Prng(p.seed);
  const infra = seedInfra(store, rng, p.start);
  seedVms(store, rng, infra, p);
  const storage = new Prng((p.seed ^ 0x2545f491) >>> 0);
  const deletions = [
    ...seedImages(store, storage, infra, p.start),
    ...seedVolumes(store, storage, infra, p.start),
  ];
  seedAudits(store, new Prng((p.seed ^ 0x68e31da4) >>> 0), infra, deletions);
  if (p.scenario === 'ops-script')
    store.opsScript = seedOpsScript(store, new Prng((p.seed ^ 0x1f83d9ab) >>> 0), infra, p.start);
  if (p.extraAudits) seedAuditNoise(store, new Prng((p.seed ^ 0x3c6ef372) >>> 0), p.extraAudits, p.start);
  return store;
}
