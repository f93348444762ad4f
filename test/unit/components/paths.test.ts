// The pages' addresses and the "just recovered" history state: the router and every link agree through these.
import { matchPath } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { cameFromRecovery, justRecovered, paths, routes } from '../../../src/components/paths.ts';

describe('paths', () => {
  it('builds each page from its kind and uuid, and the router matches what it builds', () => {
    expect(paths.vm('a1')).toBe('/vms/a1');
    expect(paths.page('volume', 'b2')).toBe('/volumes/b2');
    expect(paths.image('c3')).toBe('/images/c3');
    expect(matchPath(routes.vm, paths.vm('a1'))?.params.uuid).toBe('a1');
    expect(matchPath(routes.volume, paths.volume('b2'))?.params.uuid).toBe('b2');
    expect(matchPath(routes.image, paths.image('c3'))?.params.uuid).toBe('c3');
  });

  it('keeps a strange uuid from the server inside its path segment', () => {
    const path = paths.vm('../settings?x=1');
    expect(path).toBe('/vms/..%2Fsettings%3Fx%3D1');
    expect(matchPath(routes.vm, path)).not.toBeNull();
    expect(new URL(path, 'http://console').pathname).toBe(path);
  });

  it('names the three bins, the VM bin being the home page', () => {
    expect([paths.bin('vm'), paths.bin('volume'), paths.bin('image')]).toEqual(['/', '/volumes', '/images']);
  });
});

describe('the "just recovered" state', () => {
  it('is read from what the dialog leaves', () => {
    expect(cameFromRecovery(justRecovered)).toBe(true);
    expect(cameFromRecovery(structuredClone(justRecovered))).toBe(true);
  });

  it.each([undefined, null, 'recovered', true, {}, { recovered: 'true' }, { recovered: 1 }, [true]])(
    'is not read from %j',
    (state) => expect(cameFromRecovery(state)).toBe(false),
  );
});
