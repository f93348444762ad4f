// Helpers for the inventory-view tests: find seeded VMs through the API as the app does, and pick requests out of the recorded network.
import { screen, within } from '@testing-library/react';
import { query } from '../../../../src/zstack/endpoints.ts';
import { recoverVm } from '../../../../src/zstack/actions.ts';
import type { VmInstance } from '../../../../src/zstack/inventories.ts';
import { eq } from '../../../../src/zstack/query.ts';
import type { SeenRequest } from '../../../support/msw.ts';
import { testSession } from '../../../support/session.ts';

/** The seeded VM called `name`, as the query API returns it (call after signInAs). */
export async function findVm(name: string): Promise<VmInstance> {
  const { inventories } = await query(testSession().client, 'vms', { conditions: [eq('name', name)] });
  const vm = inventories[0];
  if (!vm) throw new Error(`the simulator has no VM named ${name}`);
  return vm;
}

/** Brings a seeded Destroyed VM back (Stopped, no IPs) through the real API, before the page is rendered. */
export async function recovered(name: string): Promise<VmInstance> {
  const vm = await findVm(name);
  return (await recoverVm(testSession().client, vm.uuid)).value.inventory;
}

/** GETs of VM inventories (`/v1/vm-instances…`) among the recorded requests. */
export function vmGets(seen: readonly SeenRequest[]): SeenRequest[] {
  return seen.filter((r) => r.method === 'GET' && r.path.includes('/v1/vm-instances'));
}

/** The value of a summary field, found by its label. */
export function field(label: string): HTMLElement {
  return screen.getByRole('definition', { name: label });
}

/** Body rows of a table found by its accessible name. */
export function bodyRows(tableName: string): HTMLElement[] {
  const table = screen.getByRole('table', { name: tableName });
  const [, ...rows] = within(table).getAllByRole('row');
  return rows;
}

/** The cell of a body row under the column header `header`, so assertions survive a column being added. */
export function cell(tableName: string, row: HTMLElement, header: string): HTMLElement {
  const table = screen.getByRole('table', { name: tableName });
  const index = within(table)
    .getAllByRole('columnheader')
    .findIndex((h) => h.textContent === header);
  const found = within(row).getAllByRole('cell')[index];
  if (index < 0 || !found) throw new Error(`no cell under "${header}" in table ${tableName}`);
  return found;
}
