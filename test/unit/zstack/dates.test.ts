import { describe, expect, it } from 'vitest';
import { learnServerUtcOffset, parseZStackDate, readServerTime } from '../../../src/zstack/dates.ts';

describe('Gson dates', () => {
  it('reads the Java 8 form in the management node zone', () => {
    // The doc constant 1510669257141 ms rendered in UTC+8 (docs/zstack-protocol.md#dates).
    expect(parseZStackDate('Nov 14, 2017 10:20:57 PM', 480)?.getTime()).toBe(1510669257000);
  });

  it('accepts the JDK 9+ comma and the JDK 20+ narrow no-break space before PM', () => {
    const expected = Date.UTC(2017, 10, 14, 14, 20, 57);
    expect(parseZStackDate('Nov 14, 2017, 10:20:57 PM', 480)?.getTime()).toBe(expected);
    expect(parseZStackDate('Nov 14, 2017, 10:20:57\u202fPM', 480)?.getTime()).toBe(expected);
  });

  it('handles 12 AM, 12 PM and single-digit days and hours', () => {
    expect(parseZStackDate('Jan 6, 2017 12:05:00 AM', 0)?.toISOString()).toBe('2017-01-06T00:05:00.000Z');
    expect(parseZStackDate('Jan 6, 2017 12:05:00 PM', 0)?.toISOString()).toBe('2017-01-06T12:05:00.000Z');
    expect(parseZStackDate('Jan 6, 2017 3:51:16 AM', 0)?.toISOString()).toBe('2017-01-06T03:51:16.000Z');
  });

  it('rejects what is not a date', () => {
    expect(parseZStackDate('yesterday', 480)).toBeUndefined();
    expect(parseZStackDate('Foo 6, 2017 3:51:16 AM', 480)).toBeUndefined();
  });

  it('keeps a wall-clock time until an offset is given, and leaves zoned times alone', () => {
    const wall = readServerTime('Nov 14, 2017 10:20:57 PM');
    expect(wall?.zoned).toBe(false);
    expect(wall?.toDate(480).toISOString()).toBe('2017-11-14T14:20:57.000Z');
    expect(wall?.toDate(-300).toISOString()).toBe('2017-11-15T03:20:57.000Z');
    // ISO with a zone and epoch numbers are instants already: the node's offset does not move them.
    expect(readServerTime('2017-11-14T14:20:57Z')?.toDate(480).toISOString()).toBe(
      '2017-11-14T14:20:57.000Z',
    );
    expect(readServerTime(1510669257000)?.toDate(-300).getTime()).toBe(1510669257000);
  });

  it('learns the node offset from a fresh session date, rounded to 15 minutes', () => {
    const browserNow = new Date(Date.UTC(2025, 2, 3, 6, 5, 6));
    expect(learnServerUtcOffset('Mar 3, 2025 2:05:09 PM', browserNow)).toBe(480);
    expect(learnServerUtcOffset('Mar 3, 2025 6:04:58 AM', browserNow)).toBe(0);
    expect(learnServerUtcOffset('Mar 3, 2025 12:35:06 AM', browserNow)).toBe(-330);
  });
});
