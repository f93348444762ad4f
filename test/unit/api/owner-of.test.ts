import { describe, expect, it } from 'vitest';
import { ownerOf } from '../../../src/api/resources.ts';

describe('ownerOf (the Account column of a list)', () => {
  const owners = new Map([['vm-1', 'alice']]);

  it('shows "…" while the page’s owners load, and the owner once they are in', () => {
    expect(ownerOf({ data: undefined, isPlaceholderData: false, isError: false })('vm-1')).toBe('…');
    expect(ownerOf({ data: owners, isPlaceholderData: false, isError: false })('vm-1')).toBe('alice');
  });

  it('keeps the last page’s owner for a row still on screen while a refresh loads, "…" for a new row', () => {
    const lookup = ownerOf({ data: owners, isPlaceholderData: true, isError: false });
    expect(lookup('vm-1')).toBe('alice');
    expect(lookup('vm-2')).toBe('…');
  });

  it('says "—" for a row ZStack gave no owner, and when the owners could not be fetched', () => {
    expect(ownerOf({ data: owners, isPlaceholderData: false, isError: false })('vm-2')).toBe('—');
    expect(ownerOf({ data: undefined, isPlaceholderData: false, isError: true })('vm-1')).toBe('—');
  });
});
