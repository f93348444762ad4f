/** Time units of the seed, and where the seeded node's periodic tasks stand at the snapshot. */
export const MIN = 60_000;
export const HOUR = 60 * MIN;
export const DAY = 24 * HOUR;

/** The seeded node has been up a while: its last expunge pass ran this long before the snapshot. */
export const LAST_EXPUNGE_PASS_AGO_MS = 10 * MIN;

/** `msAgo` before the snapshot, truncated to whole seconds as MySQL DATETIME columns store it. */
export const stampAgo =
  (start: number) =>
  (msAgo: number): number =>
    Math.floor((start - msAgo) / 1000) * 1000;
