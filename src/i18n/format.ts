// Numbers, sizes, dates, relative times, durations and periods in the active locale, all through Intl.
import type { Locale } from './locale.ts';

const UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'];

const STEPS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 86_400_000],
  ['month', 30 * 86_400_000],
  ['week', 7 * 86_400_000],
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

export interface Format {
  locale: Locale;
  number: (n: number) => string;
  /** 8 GiB, 1.5 TiB; "—" for a missing or invalid value. */
  bytes: (bytes: number | undefined) => string;
  dateTime: (date: Date | undefined) => string;
  /** "3 hours ago" / "3小时前" / "3 小時前". */
  relative: (date: Date | undefined, now?: number) => string;
  /** A time left, for expunge countdowns: "3 days, 4 hours" / "3天4小时" / "3 天 4 小時". */
  duration: (ms: number) => string;
  /** A configured period in words: "7 days", "1 hour". */
  period: (seconds: number) => string;
  /** "a, b and c" / "a、b和c". */
  list: (items: readonly string[]) => string;
}

/** A value built on first use. */
function once<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= build());
}

type Unit = 'day' | 'hour' | 'minute' | 'second';

function makeFormat(locale: Locale): Format {
  // Each Intl formatter is built on first use, and once: building one costs far more than formatting (a 100-row list
  // formats hundreds of durations per render), and the first of a page costs most (ICU loads its data then).
  const number = once(() => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }));
  const dateTime = once(() => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' }));
  const relative = once(() => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));
  const list = once(() => new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }));
  const unitFormat = (u: Unit) =>
    once(() => new Intl.NumberFormat(locale, { style: 'unit', unit: u, unitDisplay: 'long' }));
  const units: Record<Unit, () => Intl.NumberFormat> = {
    day: unitFormat('day'),
    hour: unitFormat('hour'),
    minute: unitFormat('minute'),
    second: unitFormat('second'),
  };
  const unit = (u: Unit, n: number) => units[u]().format(n);
  const unitList = once(() => new Intl.ListFormat(locale, { style: 'narrow', type: 'unit' }));
  const durationParts = (parts: string[]) => {
    // Chinese writes "3天4小时" as one phrase (Intl's unit list would put a space in the wrong place); zh-TW's units
    // already carry spaces ("3 天"), so a space keeps the parts even.
    if (locale === 'zh-CN') return parts.join('');
    if (locale === 'zh-TW') return parts.join(' ');
    return unitList().format(parts);
  };

  return {
    locale,
    number: (n) => number().format(n),
    bytes: (bytes) => {
      if (bytes === undefined || !Number.isFinite(bytes) || bytes < 0) return '—';
      let value = bytes;
      let i = 0;
      while (value >= 1024 && i < UNITS.length - 1) {
        value /= 1024;
        i += 1;
      }
      const rounded =
        value >= 100 || Number.isInteger(value) ? Math.round(value) : Math.round(value * 10) / 10;
      return `${number().format(rounded)} ${UNITS[i] ?? 'B'}`;
    },
    dateTime: (date) => (date ? dateTime().format(date) : '—'),
    relative: (date, now = Date.now()) => {
      if (!date) return '—';
      const diff = date.getTime() - now;
      for (const [u, ms] of STEPS) {
        if (Math.abs(diff) >= ms) return relative().format(Math.round(diff / ms), u);
      }
      return relative().format(0, 'minute');
    },
    duration: (ms) => {
      const minutes = Math.max(0, Math.round(ms / 60_000));
      const d = Math.floor(minutes / 1440);
      const h = Math.floor((minutes % 1440) / 60);
      const m = minutes % 60;
      if (d > 0) return durationParts([unit('day', d), unit('hour', h)]);
      if (h > 0) return durationParts([unit('hour', h), unit('minute', m)]);
      return unit('minute', m);
    },
    period: (seconds) => {
      if (seconds >= 86_400 && seconds % 86_400 === 0) return unit('day', seconds / 86_400);
      if (seconds >= 3600 && seconds % 3600 === 0) return unit('hour', seconds / 3600);
      if (seconds >= 60) return unit('minute', Math.round(seconds / 60));
      return unit('second', seconds);
    },
    list: (items) => list().format(items),
  };
}

const made = new Map<Locale, Format>();

/** The one Format of a locale, made on first use; the app, its default context and the warm-up share it. */
export function formatFor(locale: Locale): Format {
  let format = made.get(locale);
  if (!format) {
    format = makeFormat(locale);
    made.set(locale, format);
  }
  return format;
}

/**
 * Builds the formatters a list's first render uses, one per task, before that render: its first Intl formatter
 * costs 15-30 ms on a fast CPU (ICU loads its data), and all of them together made the first render's slice
 * that React cannot split the page's longest task (Lighthouse's Total Blocking Time). Each pause costs well under
 * 1 ms, and the render then finds them built. The pause is the caller's (`i18n/` imports nothing of ours). Only
 * formatting functions are called, so what is built is exactly what the render would build.
 */
export async function warmFormat(locale: Locale, pause: () => Promise<void>): Promise<void> {
  const format = formatFor(locale);
  const firstUses = [
    () => format.dateTime(new Date(0)),
    () => format.relative(new Date(0), 0),
    () => format.bytes(1),
    () => format.period(86_400),
    () => format.period(3600),
    // Days and hours built above, this builds only how English joins them.
    () => format.duration(90_000_000),
  ];
  for (const build of firstUses) {
    await pause();
    build();
  }
}
