import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { vmQueries } from '../../../../src/api/vms.ts';
import { formatFor } from '../../../../src/i18n/format.ts';
import { namesOf } from '../../../../src/zstack/endpoints.ts';
import type { VmInstance } from '../../../../src/zstack/inventories.ts';
import { recordRequests } from '../../../support/msw.ts';
import { renderApp, signInAs } from '../../../support/render.tsx';
import { testSession } from '../../../support/session.ts';
import { bodyRows, cell, field, findVm, vmGets } from './vm-test-utils.ts';
import { justRecovered, paths } from '../../../../src/components/paths.ts';

async function nameOf(kind: Parameters<typeof namesOf>[1], uuid: string | undefined): Promise<string> {
  if (!uuid) throw new Error(`the seed left ${kind} out`);
  const name = (await namesOf(testSession().client, kind, [uuid])).get(uuid);
  if (!name) throw new Error(`no ${kind} ${uuid}`);
  return name;
}

// What the page shows in English, the language of the test browser.
const { bytes: formatBytes, dateTime: formatDateTime } = formatFor('en');

describe('VM inventory view of a Destroyed VM', () => {
  it('shows the summary, NICs without IPs, why there are none, volumes root first and the detached data volume', async () => {
    await signInAs('admin');
    const vm = await findVm('web-01');
    const [zone, cluster, lastHost, image, offering] = await Promise.all([
      nameOf('zones', vm.zoneUuid),
      nameOf('clusters', vm.clusterUuid),
      nameOf('hosts', vm.lastHostUuid),
      nameOf('images', vm.imageUuid),
      nameOf('instanceOfferings', vm.instanceOfferingUuid),
    ]);
    const requests = recordRequests();
    renderApp(`/vms/${vm.uuid}`);

    expect(await screen.findByRole('heading', { level: 1, name: 'web-01' })).toBeInTheDocument();
    expect(document.title).toBe('web-01 (Destroyed) · ZStack');
    expect(screen.getByRole('link', { name: /back to the recycle bin/i })).toHaveAttribute(
      'href',
      `/?q=${vm.uuid}`,
    );

    // Summary: raw values, formatted values, and names resolved from UUIDs.
    expect(field('Name')).toHaveTextContent('web-01');
    expect(field('UUID')).toHaveTextContent(vm.uuid);
    expect(within(field('UUID')).getByRole('button', { name: 'Copy UUID of web-01' })).toBeInTheDocument();
    expect(field('State')).toHaveTextContent('Destroyed');
    expect(field('Platform')).toHaveTextContent(vm.platform ?? 'missing');
    expect(field('Architecture')).toHaveTextContent(vm.architecture ?? 'missing');
    expect(field('Guest OS')).toHaveTextContent(vm.guestOsType ?? 'missing');
    expect(field('CPU')).toHaveTextContent(`${vm.cpuNum ?? 'missing'} vCPU`);
    expect(field('Memory')).toHaveTextContent('4 GiB');
    expect(field('Hypervisor')).toHaveTextContent('KVM');
    expect(field('Allocator strategy')).toHaveTextContent('LastHostPreferredAllocatorStrategy');
    expect(field('Host')).toHaveTextContent('—');
    expect(field('Created')).toHaveTextContent(formatDateTime(testSession().toDate(vm.createDate)));
    expect(field('Last operation')).toHaveTextContent(formatDateTime(testSession().toDate(vm.lastOpDate)));
    await waitFor(() => expect(field('Zone')).toHaveTextContent(zone));
    expect(field('Cluster')).toHaveTextContent(cluster);
    expect(field('Last host')).toHaveTextContent(lastHost);
    expect(field('Image')).toHaveTextContent(image);
    expect(field('Instance offering')).toHaveTextContent(offering);

    // What recovering would do.
    const preview = screen.getByRole('region', { name: 'This VM is destroyed' });
    expect(preview).toHaveTextContent(/back Stopped/);
    expect(preview).toHaveTextContent(/2 network interfaces/);
    expect(preview).toHaveTextContent(/no IP addresses until it starts/);
    await waitFor(() => expect(preview).toHaveTextContent(/data-web-01/));
    expect(screen.queryByRole('button', { name: /^Start VM/ })).not.toBeInTheDocument();

    // Two NICs, in device order, MACs kept, no IP.
    const nics = bodyRows('Network interfaces');
    const macs = [...vm.vmNics].sort((a, b) => (a.deviceId ?? 0) - (b.deviceId ?? 0)).map((n) => n.mac ?? '');
    expect(nics).toHaveLength(2);
    nics.forEach((row, i) => {
      expect(cell('Network interfaces', row, 'Device')).toHaveTextContent(String(i));
      expect(cell('Network interfaces', row, 'MAC')).toHaveTextContent(macs[i] ?? 'missing');
      expect(cell('Network interfaces', row, 'IP')).toHaveTextContent('—');
      expect(cell('Network interfaces', row, 'State')).toHaveTextContent('Enabled');
    });

    // No IPs, and why.
    const ips = screen.getByRole('region', { name: 'IP addresses' });
    expect(ips).toHaveTextContent('IP addresses are assigned when the VM starts');
    expect(screen.queryByRole('table', { name: 'IP addresses' })).not.toBeInTheDocument();

    // Root volume first; it is Deleted until recovery.
    const [rootRow] = bodyRows('Volumes');
    if (!rootRow) throw new Error('no volume rows');
    expect(cell('Volumes', rootRow, 'Name')).toHaveTextContent('ROOT-for-web-01');
    expect(cell('Volumes', rootRow, 'Type')).toHaveTextContent('Root');
    expect(cell('Volumes', rootRow, 'Status')).toHaveTextContent('Deleted');
    const root = vm.allVolumes.find((v) => v.type === 'Root');
    expect(cell('Volumes', rootRow, 'Size')).toHaveTextContent(formatBytes(root?.size));
    expect(cell('Volumes', rootRow, 'Install path')).toHaveTextContent(root?.installPath ?? 'missing');
    expect(
      within(rootRow).getByRole('button', { name: 'Copy install path of ROOT-for-web-01' }),
    ).toBeInTheDocument();

    // The data volume detached at destroy, which cannot be re-attached to a Destroyed VM.
    const reattach = await screen.findByRole('button', { name: 'Re-attach data-web-01' });
    expect(reattach).toBeDisabled();
    expect(reattach).toHaveAccessibleDescription(/recover it from the recycle bin first/);
    const [detachedRow] = bodyRows('Data volumes attached before deletion');
    if (!detachedRow) throw new Error('no detached row');
    expect(cell('Data volumes attached before deletion', detachedRow, 'Size')).toHaveTextContent('100 GiB');

    // Names come in one batched request per kind: two NICs, one L3 request; root + data volume, one storage request.
    await waitFor(() =>
      expect(cell('Volumes', rootRow, 'Primary storage')).not.toHaveTextContent(
        root?.primaryStorageUuid ?? '',
      ),
    );
    // (The app bar's "expiring soon" count asks the bins too: by lastOpDate, not by uuid.)
    const gets = (path: string) =>
      requests.filter(
        (r) =>
          r.method === 'GET' &&
          r.path === `/zstack/v1/${path}` &&
          !r.url.searchParams.getAll('q').some((q) => q.includes('lastOpDate')),
      );
    for (const path of [
      'zones',
      'clusters',
      'hosts',
      'images',
      'instance-offerings',
      'l3-networks',
      'primary-storage',
    ]) {
      expect(gets(path), path).toHaveLength(1);
    }
  });

  it('renders from a seeded detail cache without fetching the VM again', async () => {
    await signInAs('admin');
    const vm = await findVm('web-01');
    const { router, queryClient } = renderApp('/');
    await screen.findByRole('table', { name: 'Destroyed VMs' });

    // What a recovery writes into the cache: the sim still says Destroyed, so Stopped can only come from the cache.
    const fromRecovery: VmInstance = { ...vm, state: 'Stopped', name: 'web-01' };
    queryClient.setQueryData(vmQueries.detail(testSession().get().api, vm.uuid).queryKey, fromRecovery);
    const requests = recordRequests();
    await router.navigate(paths.vm(vm.uuid), { state: justRecovered });

    expect(await screen.findByRole('heading', { level: 1, name: 'web-01' })).toBeInTheDocument();
    expect(field('State')).toHaveTextContent('Stopped');
    expect(screen.getByText(/web-01 is back, Stopped/)).toBeInTheDocument();
    // The page's other queries have answered by now; a detail fetch would have started at mount, before them.
    await screen.findByRole('button', { name: 'Re-attach data-web-01' });
    expect(requests.some((r) => r.path.includes('/v1/volumes'))).toBe(true);
    expect(vmGets(requests)).toEqual([]);
  });

  it('says when the VM no longer exists', async () => {
    await signInAs('admin');
    renderApp('/vms/0123456789abcdef0123456789abcdef');
    expect(await screen.findByRole('heading', { level: 1, name: 'VM not found' })).toBeInTheDocument();
    expect(screen.getByText(/may have been expunged/)).toBeInTheDocument();
    expect(document.title).toBe('VM not found · ZStack');
  });

  it('shows "—" for every field ZStack left out, never "undefined"', async () => {
    await signInAs('admin');
    const { router, queryClient } = renderApp('/no-such-page');
    await screen.findByRole('heading', { name: 'Page not found' });
    const bare: VmInstance = {
      uuid: 'abcdefabcdefabcdefabcdefabcdef01',
      vmNics: [{ uuid: 'nic-bare', usedIps: [] }],
      allVolumes: [{ uuid: 'vol-bare' }],
    };
    queryClient.setQueryData(vmQueries.detail(testSession().get().api, bare.uuid).queryKey, bare);
    await router.navigate(`/vms/${bare.uuid}`);

    // Without a name the UUID stands in as the title.
    expect(await screen.findByRole('heading', { level: 1, name: bare.uuid })).toBeInTheDocument();
    for (const label of [
      'Name',
      'Description',
      'Platform',
      'Architecture',
      'Guest OS',
      'Type',
      'CPU',
      'Memory',
      'Hypervisor',
      'Zone',
      'Cluster',
      'Host',
      'Last host',
      'Image',
      'Instance offering',
      'Allocator strategy',
      'Created',
      'Last operation',
    ]) {
      expect(field(label), label).toHaveTextContent(/^—$/);
    }
    const [nic] = bodyRows('Network interfaces');
    const [volume] = bodyRows('Volumes');
    if (!nic || !volume) throw new Error('rows missing');
    for (const header of ['Device', 'MAC', 'L3 network', 'IP', 'Driver', 'State']) {
      expect(cell('Network interfaces', nic, header), header).toHaveTextContent(/^—$/);
    }
    for (const header of [
      'Name',
      'Type',
      'Size',
      'Actual size',
      'Status',
      'Primary storage',
      'Shareable',
      'Install path',
    ]) {
      expect(cell('Volumes', volume, header), header).toHaveTextContent(/^—$/);
    }
    await screen.findByText(/no data volume of this VM is waiting detached/);
    expect(document.body).not.toHaveTextContent(/undefined|NaN|null|Invalid Date/);
  });

  it('lists NICs by device id and volumes root first, then data, then the rest, whatever order ZStack sends', async () => {
    await signInAs('admin');
    const { router, queryClient } = renderApp('/no-such-page');
    await screen.findByRole('heading', { name: 'Page not found' });
    const vm: VmInstance = {
      uuid: 'abcdefabcdefabcdefabcdefabcdef02',
      name: 'shuffled',
      state: 'Stopped',
      vmNics: [
        { uuid: 'nic-1', deviceId: 1, mac: 'fa:00:00:00:00:01', usedIps: [] },
        { uuid: 'nic-0', deviceId: 0, mac: 'fa:00:00:00:00:00', usedIps: [] },
      ],
      allVolumes: [
        { uuid: 'v-mem', name: 'memory', type: 'Memory' },
        { uuid: 'v-d2', name: 'data-2', type: 'Data', deviceId: 2 },
        { uuid: 'v-root', name: 'root', type: 'Root' },
        { uuid: 'v-d1', name: 'data-1', type: 'Data', deviceId: 1 },
      ],
    };
    queryClient.setQueryData(vmQueries.detail(testSession().get().api, vm.uuid).queryKey, vm);
    await router.navigate(`/vms/${vm.uuid}`);

    await screen.findByRole('heading', { level: 1, name: 'shuffled' });
    expect(
      bodyRows('Network interfaces').map((r) => cell('Network interfaces', r, 'MAC').textContent),
    ).toEqual(['fa:00:00:00:00:00', 'fa:00:00:00:00:01']);
    expect(bodyRows('Volumes').map((r) => cell('Volumes', r, 'Name').textContent)).toEqual([
      'root',
      'data-1',
      'data-2',
      'memory',
    ]);
  });

  it('renders a name and description with markup as literal text', async () => {
    await signInAs('admin');
    const name = '<img src=x onerror=alert(1)>-vm';
    const vm = await findVm(name);
    renderApp(`/vms/${vm.uuid}`);

    expect(await screen.findByRole('heading', { level: 1, name })).toBeInTheDocument();
    expect(field('Description')).toHaveTextContent('<b>markup</b> & "quotes"');
    // Escaped, not parsed: no <b> or <img> element came out of the server's text.
    expect(field('Description').innerHTML).toContain('&lt;b&gt;markup&lt;/b&gt;');
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    expect(document.title).toBe(`${name} (Destroyed) · ZStack`);
  });
});
