// Each recycle bin's selection bar names its own kind, in English and in Chinese (with its own measure word):
// "选择全部 30 台匹配的云主机" belongs to the VM bin only.
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderAppIn, signInAs } from '../../../support/render.tsx';

const cases = [
  { path: '/', locale: 'en', selectAll: /^Select all \d+ VMs that match$/u, none: 'No VM selected' },
  {
    path: '/volumes',
    locale: 'en',
    selectAll: /^Select all \d+ data volumes that match$/u,
    none: 'No data volume selected',
  },
  {
    path: '/images',
    locale: 'en',
    selectAll: /^Select all \d+ images that match$/u,
    none: 'No image selected',
  },
  { path: '/', locale: 'zh-CN', selectAll: /^选择全部 \d+ 台匹配的云主机$/u, none: '未选择云主机' },
  {
    path: '/volumes',
    locale: 'zh-CN',
    selectAll: /^选择全部 \d+ 块匹配的数据云盘$/u,
    none: '未选择数据云盘',
  },
  { path: '/images', locale: 'zh-CN', selectAll: /^选择全部 \d+ 个匹配的镜像$/u, none: '未选择镜像' },
] as const;

describe('each bin names its own kind', () => {
  it.each(cases)('$path in $locale', async ({ path, locale, selectAll, none }) => {
    await signInAs();
    await renderAppIn(locale, path);
    expect(await screen.findByRole('button', { name: selectAll }, { timeout: 30_000 })).toBeInTheDocument();
    const bar = screen.getByRole('region', { name: locale === 'en' ? 'Selection' : '已选择' });
    expect(within(bar).getByRole('status')).toHaveTextContent(none);
  });
});
