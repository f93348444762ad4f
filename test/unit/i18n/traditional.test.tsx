// The console in Traditional Chinese, as a zh-TW (or zh-HK) browser shows it: chosen on a first visit, the same flows
// in ZStack's Traditional terms, and dates, numbers and times through Intl in zh-TW.
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { formatFor } from '../../../src/i18n/format.ts';
import { detectLocale } from '../../../src/i18n/locale.ts';
import { zhTW as tw } from '../../../src/i18n/zh-TW/index.ts';
import { renderAppIn, signInAs } from '../../support/render.tsx';
import { simplifiedIn } from '../../support/simplified.ts';
import { expectNoEnglishUi, quotaRefusalIn, signInToBin } from './chinese-flows.ts';

describe('choosing Traditional Chinese', () => {
  it('follows a browser that prefers Taiwan, Hong Kong, Macau or the Traditional script', () => {
    for (const tag of ['zh-TW', 'zh-HK', 'zh-MO', 'zh-Hant', 'zh-Hant-TW', 'zh-Hant-CN', 'zh_TW', 'ZH-tw'])
      expect(detectLocale(null, [tag, 'en']), tag).toBe('zh-TW');
  });

  it('keeps Simplified for zh, zh-CN, zh-Hans and the Simplified script in Hong Kong', () => {
    for (const tag of ['zh', 'zh-CN', 'zh-Hans', 'zh-SG', 'zh-Hans-HK', 'zh-Hans-CN'])
      expect(detectLocale(null, [tag, 'en']), tag).toBe('zh-CN');
  });

  it('takes the first language it speaks, and a saved choice over the browser', () => {
    expect(detectLocale(null, ['fr-FR', 'zh-HK', 'zh-CN'])).toBe('zh-TW');
    expect(detectLocale(null, ['en-US', 'zh-TW'])).toBe('en');
    expect(detectLocale('zh-TW', ['en-US'])).toBe('zh-TW');
    expect(detectLocale('zh-CN', ['zh-TW'])).toBe('zh-CN');
    expect(detectLocale('zh-Hant', ['en'])).toBe('en');
  });

  it('formats dates, numbers, relative times and countdowns with Intl in zh-TW', () => {
    const f = formatFor('zh-TW');
    const now = Date.UTC(2026, 11, 6, 12, 0, 0);
    expect(f.relative(new Date(now - 3 * 3_600_000), now)).toBe('3 小時前');
    expect(f.duration((3 * 24 + 4) * 3_600_000)).toBe('3 天 4 小時');
    expect(f.period(7 * 86_400)).toBe('7 天');
    expect(f.number(12_345.5)).toBe('12,345.5');
    expect(f.list(['web-01', 'db-02', 'ci-07'])).toBe('web-01、db-02和ci-07');
    // Taiwan's 12-hour clock with its day-period words, where zh-CN counts 24 hours.
    const zhTwDate = new Intl.DateTimeFormat('zh-TW', { dateStyle: 'medium', timeStyle: 'medium' });
    expect(f.dateTime(new Date(now))).toBe(zhTwDate.format(now));
    expect(f.dateTime(new Date(now))).not.toBe(formatFor('zh-CN').dateTime(new Date(now)));
  });
});

describe('in Traditional Chinese', () => {
  it('signs in and lists the recycle bin in ZStack’s Traditional terms, with no Simplified character', async () => {
    const { user } = await renderAppIn('zh-TW', '/');
    expect(await screen.findByRole('combobox', { name: tw.common.languageLabel })).toHaveDisplayValue(
      '繁體中文',
    );
    const table = await signInToBin(user, tw);
    expect(within(table).getByRole('columnheader', { name: '帳戶' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: tw.recycleBin.tabs.label })).toHaveTextContent(
      '雲主機數據磁碟映像檔',
    );
    expect(document.documentElement.lang).toBe('zh-TW');
    expect(simplifiedIn(document.body.textContent ?? '')).toEqual([]);
    expectNoEnglishUi();
  });

  it('explains a quota refusal in Traditional Chinese, with ZStack’s own ErrorCode as sent', async () => {
    const alert = await quotaRefusalIn('zh-TW', tw);
    expect(alert).toHaveTextContent('擁有這台雲主機的帳戶已達雲主機配額上限，因此無法恢復。');
  });

  it('switches to Traditional Chinese from the language control, and keeps the choice', async () => {
    await signInAs();
    const { user } = await renderAppIn('zh-CN', '/');
    const select = await screen.findByRole('combobox', { name: 'Language / 语言' });
    expect(within(select).getByRole('option', { name: '繁體中文' })).toBeInTheDocument();
    await user.selectOptions(select, 'zh-TW');
    expect(await screen.findByRole('heading', { name: '資源回收筒', level: 1 })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('zh-TW');
    expect(detectLocale(undefined, ['en'])).toBe('zh-TW');
  });
});
