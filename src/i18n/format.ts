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

export function makeFormat(locale: Locale): Format {
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' });
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const list = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
  // Formatters are made once, on first use: building one costs far more than formatting (a 100-row list
  // formats hundreds of durations per render).
  const units = new Map<string, Intl.NumberFormat>();
  const unit = (u: 'day' | 'hour' | 'minute' | 'second', n: number) => {
    let f = units.get(u);
    if (!f) {
      f = new Intl.NumberFormat(locale, { style: 'unit', unit: u, unitDisplay: 'long' });
      units.set(u, f);
    }
    return f.format(n);
  };
  let unitList: Intl.ListFormat | undefined;
  const durationParts = (parts: string[]) => {
    // Chinese writes "3天4小時" as one phrase (Intl's unit list would put a space in the wrong place); zh-TW's units
    // already carry spaces ("3 天"), so a space keeps the parts even.
    if (locale === 'zh-CN') return parts.join('');
    if (locale === 'zh-TW') return parts.join(' ');
    unitList ??= new Intl.ListFormat(locale, { style: 'narrow', type: 'unit' });
    return unitList.format(parts);
  };

  return {
    locale,
    number: (n) => number.format(n),
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
      return `${number.format(rounded)} ${UNITS[i] ?? 'B'}`;
    },
    dateTime: (date) => (date ? dateTime.format(date) : '—'),
    relative: (date, now = Date.now()) => {
      if (!date) return '—';
      const diff = date.getTime() - now;
      for (const [u, ms] of STEPS) {
        if (Math.abs(diff) >= ms) return relative.format(Math.round(diff / ms), u);
      }
      return relative.format(0, 'minute');
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
    list: (items) => list.format(items),
  };
}
