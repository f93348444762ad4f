export type Json = string | number | boolean | null | Json[] | JsonObject;
export type JsonObject = { [key: string]: Json | undefined };

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** Gson's default date adapter on Java 8, en-US: `MMM d, yyyy h:mm:ss a` in the node's zone, no millis. */
export function gsonDate(ms: number, tzOffsetMinutes: number): string {
  const d = new Date(ms + tzOffsetMinutes * 60_000);
  const h = d.getUTCHours();
  const h12 = h % 12 === 0 ? 12 : h % 12;
  const month = MONTHS[d.getUTCMonth()] ?? 'Jan';
  return `${month} ${d.getUTCDate()}, ${d.getUTCFullYear()} ${h12}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())} ${h < 12 ? 'AM' : 'PM'}`;
}

const GSON_RE = /^([A-Z][a-z]{2}) (\d{1,2}), (\d{4}),? (\d{1,2}):(\d{2}):(\d{2})\s?(AM|PM)$/;
const SQL_RE = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?$/;

/** Parses a query value for a date column: epoch ms, a Gson date or a MySQL literal, both in the node's zone. */
export function parseDateValue(value: string, tzOffsetMinutes: number): number | undefined {
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v);
  const g = GSON_RE.exec(v);
  if (g) {
    const month = MONTHS.indexOf(g[1] ?? '');
    if (month < 0) return undefined;
    let hour = Number(g[4]) % 12;
    if (g[7] === 'PM') hour += 12;
    const utc = Date.UTC(Number(g[3]), month, Number(g[2]), hour, Number(g[5]), Number(g[6]));
    return utc - tzOffsetMinutes * 60_000;
  }
  const s = SQL_RE.exec(v);
  if (s) {
    const utc = Date.UTC(
      Number(s[1]),
      Number(s[2]) - 1,
      Number(s[3]),
      Number(s[4]),
      Number(s[5]),
      Number(s[6]),
    );
    return utc - tzOffsetMinutes * 60_000;
  }
  return undefined;
}

// JSON.stringify leaves U+2028/U+2029 raw; Gson's JsonWriter always escapes them.
const ALWAYS = /[\u2028\u2029]/g;
// Gson's htmlSafe mode: these characters only ever occur inside JSON strings, so a global replace is exact.
const HTML = /[<>&='\u2028\u2029]/g;

const escapeChar = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** Serialises like the server's Gson: nulls omitted, optionally HTML-escaped (httpGson). */
export function toJson(value: Json | undefined, htmlEscape: boolean): string {
  const text = JSON.stringify(value ?? {}, (_key, v: unknown) => (v === null ? undefined : v));
  return text.replace(htmlEscape ? HTML : ALWAYS, escapeChar);
}
