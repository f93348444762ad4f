// The console in Simplified Chinese, as a zh-CN browser shows it: the same flows, read through the Chinese catalog.
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en/index.ts';
import { detectLocale } from '../../../src/i18n/locale.ts';
import { zhCN as zh } from '../../../src/i18n/zh-CN/index.ts';
import { sim } from '../../support/msw.ts';
import { renderApp, renderAppIn, signInAs } from '../../support/render.tsx';
import { findVm } from '../features/vm/vm-test-utils.ts';
import { expectNoEnglishUi, quotaRefusalIn, signInToBin } from './chinese-flows.ts';

describe('in Simplified Chinese', () => {
  it('signs in and lists the recycle bin with ZStack’s terms, and no English UI words', async () => {
    const { user } = await renderAppIn('zh-CN', '/');
    const table = await signInToBin(user, zh);
    expect(
      within(table).getByRole('columnheader', { name: zh.recycleBin.columns.account }),
    ).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: zh.recycleBin.tabs.label })).toHaveTextContent(
      '云主机数据云盘镜像',
    );
    expect(document.documentElement.lang).toBe('zh-CN');
    expectNoEnglishUi();
  });

  it('explains a quota refusal in Chinese, with ZStack’s own ErrorCode as sent', async () => {
    const alert = await quotaRefusalIn('zh-CN', zh);
    expect(alert).toHaveTextContent(zh.errors.quota('vm').headline);
  });

  it('the same app renders in English when asked, from the same tests', async () => {
    await signInAs();
    renderApp('/');
    expect(await screen.findByRole('heading', { name: en.recycleBin.title, level: 1 })).toBeInTheDocument();
  });

  it('takes the browser’s language on a first visit, and a saved choice over it', () => {
    expect(detectLocale(null, ['zh', 'en'])).toBe('zh-CN');
    expect(detectLocale(null, ['fr-FR', 'en-GB'])).toBe('en');
    expect(detectLocale(null, ['fr-FR'])).toBe('en');
    expect(detectLocale('en', ['zh-CN'])).toBe('en');
  });
});

describe('ZStack’s type values in Simplified Chinese', () => {
  it('the VM page names the VM type, volume types and NIC type in ZStack’s terms, not as raw values', async () => {
    await signInAs();
    const vm = await findVm('web-01');
    await renderAppIn('zh-CN', `/vms/${vm.uuid}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'web-01' })).toBeInTheDocument();
    expect(screen.getByRole('definition', { name: zh.vm.summary.type })).toHaveTextContent('用户云主机');
    const types = (table: string, column: string) => {
      const t = screen.getByRole('table', { name: table });
      const index = within(t)
        .getAllByRole('columnheader')
        .findIndex((h) => h.textContent === column);
      return within(t)
        .getAllByRole('row')
        .slice(1)
        .map((r) => within(r).getAllByRole('cell')[index]?.textContent);
    };
    expect(types(zh.vm.volumesTitle, zh.vm.volumeColumns.type)).toEqual(['根云盘']);
    expect(types(zh.vm.nicsTitle, zh.vm.nicColumns.type)).toEqual(['虚拟网卡', '虚拟网卡']);
  });

  it('the image page names the media type: 系统镜像, not RootVolumeTemplate', async () => {
    await signInAs();
    await renderAppIn('zh-CN', `/images/${sim.scenarioImage('img-centos-7') ?? ''}`);
    expect(await screen.findByRole('definition', { name: zh.resource.fields.mediaType })).toHaveTextContent(
      /^系统镜像$/u,
    );
  });
});
