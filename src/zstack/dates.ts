// Gson dates carry no zone: they are wall-clock times of the management node (docs/zstack-protocol.md#dates).
// They are parsed into ServerTime and turned into instants with the node's UTC offset, which the session owns.

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// Java 8: "Nov 14, 2017 10:20:57 PM"; JDK 9+: an extra comma; JDK 20+: U+202F before PM. Accept all three.
const GSON_DATE = /^([A-Z][a-z]{2}) (\d{1,2}), (\d{4}),?\s(\d{1,2}):(\d{2}):(\d{2})\s*([AP]M)$/u;

/** A time as ZStack sent it: a wall-clock reading of the node (zoned: false) or an unambiguous instant. */
export class ServerTime {
  readonly ms: number;
  readonly zoned: boolean;

  constructor(ms: number, zoned: boolean) {
    this.ms = ms;
    this.zoned = zoned;
  }

  /** The instant, given the node's UTC offset in minutes (ignored for zoned times). */
  toDate(offsetMinutes: number): Date {
    return new Date(this.zoned ? this.ms : this.ms - offsetMinutes * 60_000);
  }
}

/** Wall-clock fields of a Gson date as if they were UTC, or undefined when it is not a Gson date. */
function wallClockMs(text: string): number | undefined {
  const m = GSON_DATE.exec(text.trim());
  if (!m) return undefined;
  const [, mon, day, year, hour, min, sec, ampm] = m;
  const month = MONTHS.indexOf(mon ?? '');
  if (month < 0) return undefined;
  let h = Number(hour) % 12;
  if (ampm === 'PM') h += 12;
  return Date.UTC(Number(year), month, Number(day), h, Number(min), Number(sec));
}

/** Reads a Gson date (node wall clock); ISO strings with a zone and epoch milliseconds are accepted too. */
export function readServerTime(value: string | number): ServerTime | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? new ServerTime(value, true) : undefined;
  const wall = wallClockMs(value);
  if (wall !== undefined) return new ServerTime(wall, false);
  // ISO 8601 with a zone is unambiguous; some ZStack-compatible servers send it.
  if (/^\d{4}-\d{2}-\d{2}T.*(Z|[+-]\d{2}:?\d{2})$/u.test(value)) {
    const d = new Date(value);
    return Number.isNaN(d.getTime()) ? undefined : new ServerTime(d.getTime(), true);
  }
  return undefined;
}

/** A Gson date as an instant, for a node at `offsetMinutes` from UTC. */
export function parseZStackDate(value: string | number, offsetMinutes: number): Date | undefined {
  return readServerTime(value)?.toDate(offsetMinutes);
}

/** The browser's own offset: the best guess until the node's is learned at sign-in. */
export function browserUtcOffset(now: Date = new Date()): number {
  return -now.getTimezoneOffset() || 0;
}

/**
 * The node's UTC offset, from a date it has just generated (a session's createDate at login) and our clock.
 * Rounded to 15 minutes, the finest step real zones use, which also absorbs clock skew and latency.
 */
export function learnServerUtcOffset(serverNow: string, browserNow: Date = new Date()): number | undefined {
  const wall = wallClockMs(serverNow);
  if (wall === undefined) return undefined;
  const minutes = Math.round((wall - browserNow.getTime()) / 60_000 / 15) * 15 || 0; // never -0
  return Math.abs(minutes) <= 14 * 60 ? minutes : undefined;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * An instant as a date condition's value: the node's wall-clock time as `yyyy-MM-dd HH:mm:ss`. ZStack's query
 * builder (MysqlQueryBuilderImpl3.doNormalizeValue) reads a Timestamp column's value with `Timestamp.valueOf`,
 * which takes exactly this form in the JVM's own zone, the node's.
 */
export function nodeWallClockText(instant: Date, offsetMinutes: number): string {
  const d = new Date(instant.getTime() + offsetMinutes * 60_000);
  return (
    `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ` +
    `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`
  );
}
