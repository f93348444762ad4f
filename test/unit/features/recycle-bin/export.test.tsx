// "Export CSV" above each bin: the current search, fetched by pages with only the fields the file needs, saved as
// a UTF-8 CSV with a BOM and headers in the user's language; progress and the result said in a status; Cancel.
import { screen, waitFor } from '@testing-library/react';
import { http } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { recordRequests, type SeenRequest, server } from '../../../support/msw.ts';
import { renderApp, renderAppIn, signInAs } from '../../../support/render.tsx';
import { captureDownloads, type SavedFile } from '../../../support/downloads.ts';

const downloads = captureDownloads();
let seen: SeenRequest[] = [];

beforeEach(() => {
  seen = recordRequests();
});

/** The saved file's lines, BOM checked and dropped. */
async function lines(file: SavedFile | undefined): Promise<string[]> {
  const bytes = new Uint8Array(await (file?.blob ?? new Blob()).arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = new TextDecoder().decode(bytes.slice(3));
  expect(text.endsWith('\r\n')).toBe(true);
  return text.slice(0, -2).split('\r\n');
}

describe('bin export', () => {
  it('saves every VM that matches the search, asking only for the fields it needs', async () => {
    await signInAs();
    const { user } = renderApp('/?q=web');
    const count = await screen.findByText(/^\d+ destroyed VMs? match$/u);
    const total = Number(/^\d+/u.exec(count.textContent ?? '')?.[0]);
    expect(total).toBeGreaterThan(1);
    await user.click(screen.getByRole('button', { name: 'Export CSV of the VMs that match' }));
    expect(await screen.findByText(`Exported ${total} rows.`)).toBeInTheDocument();
    expect(downloads.files).toHaveLength(1);
    expect(downloads.files[0]?.name).toMatch(/^recycle-bin-vms-\d{8}-\d{4}\.csv$/u);
    const [header, ...rows] = await lines(downloads.files[0]);
    expect(header).toBe('Name,UUID,Deleted at (UTC),CPUs,Memory (bytes),Description');
    expect(rows).toHaveLength(total);
    expect(rows.some((r) => /^web-01,[0-9a-f]{32},\d{4}-\d\d-\d\dT[\d:.]+Z,\d+,\d+,/u.test(r))).toBe(true);
    const asked = seen.filter((r) => r.url.searchParams.get('fields')?.includes('memorySize'));
    expect(asked.map((r) => r.url.searchParams.getAll('q'))).toEqual([
      ['state=Destroyed', 'type=UserVm', 'name~=%web%'],
    ]);
    expect(asked[0]?.url.searchParams.get('fields')).toBe(
      'uuid,name,description,lastOpDate,cpuNum,memorySize',
    );
  });

  it('in Chinese: headers in ZStack’s terms, the data volumes of the bin', async () => {
    await signInAs();
    const { user } = await renderAppIn('zh-CN', '/volumes');
    await screen.findByRole('table');
    await user.click(await screen.findByRole('button', { name: '导出 CSV：匹配的数据云盘' }));
    expect(await screen.findByText(/^已导出 \d+ 行。$/u)).toBeInTheDocument();
    const [header, ...rows] = await lines(downloads.files[0]);
    expect(header).toBe('名称,UUID,删除时间（UTC）,容量（字节）,上次挂载的云主机 UUID');
    expect(rows.some((r) => r.startsWith('data-web-02,'))).toBe(true);
  });

  it('Cancel stops the export: nothing is saved, and the status says so', async () => {
    await signInAs();
    const { user } = renderApp('/images');
    await screen.findByRole('table');
    let release: () => void = () => undefined;
    // the export's pages never answer until the test ends
    server.use(
      http.get(/\/zstack\/v1\/images/u, async ({ request }) => {
        if (new URL(request.url).searchParams.get('limit') !== '500') return undefined;
        await new Promise<void>((resolve) => (release = resolve));
        return undefined;
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Export CSV of the images that match' }));
    expect(await screen.findByText('Exporting: 0 rows…')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Cancel export' }));
    expect(await screen.findByText('Export cancelled.')).toBeInTheDocument();
    release();
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Export CSV of the images that match' })).toBeEnabled(),
    );
    expect(downloads.files).toEqual([]);
  });
});
