// Crypto that must also work on plain-HTTP origins, where browsers hide crypto.subtle and crypto.randomUUID.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { newJobUuid, sha512Hex } from '../../../src/zstack/crypto.ts';

// SHA-512 of "password": what ZStack stores for the default admin (docs/zstack-protocol.md#sign-in).
const PASSWORD_SHA512 =
  'b109f3bbbc244eb82441917ed06d618b9008dd09b3befd1b5e07394c706a8bb980b1d7785e5976ec049b46df5f1326af5a2ea6d103fd07c95385ffab0cacbc86';
// SHA-512 of "" and of a non-ASCII password (its UTF-8 bytes), from coreutils' sha512sum.
const EMPTY_SHA512 =
  'cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e';
const UNICODE_PASSWORD = 'pässwörd-密码';
const UNICODE_SHA512 =
  '9b4d91f8af16f67e45bdce1538b1654ffd3e0b381a6afe52e49191f6299ed1734951ef3ad2e5655e18a9adfa87ffc32aed86fdfec56ca559c909207075ce3b6f';

const real = globalThis.crypto;
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('sha512Hex', () => {
  it('uses Web Crypto in a secure context (HTTPS, localhost)', async () => {
    vi.stubGlobal('isSecureContext', true);
    const digest = vi.spyOn(real.subtle, 'digest');
    expect(await sha512Hex('password')).toBe(PASSWORD_SHA512);
    expect(digest).toHaveBeenCalledWith('SHA-512', expect.anything());
  });

  it('gives the same digest on plain HTTP, where crypto.subtle is hidden', async () => {
    vi.stubGlobal('isSecureContext', false);
    const digest = vi.spyOn(real.subtle, 'digest');
    expect(await sha512Hex('password')).toBe(PASSWORD_SHA512);
    expect(await sha512Hex('')).toBe(EMPTY_SHA512);
    expect(digest).not.toHaveBeenCalled();
  });

  it('gives the same digest when a browser claims a secure context but has no crypto.subtle', async () => {
    vi.stubGlobal('isSecureContext', true);
    vi.stubGlobal('crypto', { getRandomValues: real.getRandomValues.bind(real) });
    expect(await sha512Hex('password')).toBe(PASSWORD_SHA512);
  });

  it('falls back when crypto.subtle refuses SHA-512 (some embedded browsers)', async () => {
    vi.stubGlobal('isSecureContext', true);
    const digest = vi.spyOn(real.subtle, 'digest').mockRejectedValue(new Error('NotSupportedError'));
    expect(await sha512Hex('password')).toBe(PASSWORD_SHA512);
    expect(digest).toHaveBeenCalled();
  });

  it('hashes the UTF-8 bytes of the text, the same way on both paths', async () => {
    vi.stubGlobal('isSecureContext', true);
    expect(await sha512Hex(UNICODE_PASSWORD)).toBe(UNICODE_SHA512);
    vi.stubGlobal('isSecureContext', false);
    expect(await sha512Hex(UNICODE_PASSWORD)).toBe(UNICODE_SHA512);
  });
});

describe('newJobUuid', () => {
  it('is a v4 UUID without dashes: 32 lowercase hex characters, as ZStack wants an X-Job-UUID', () => {
    const ids = Array.from({ length: 200 }, () => newJobUuid());
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{12}4[0-9a-f]{3}[89ab][0-9a-f]{15}$/u);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('works without crypto.randomUUID (plain HTTP), from getRandomValues', () => {
    const getRandomValues = vi.fn((array: Uint8Array<ArrayBuffer>) => real.getRandomValues(array));
    vi.stubGlobal('isSecureContext', false);
    vi.stubGlobal('crypto', { getRandomValues });
    expect('randomUUID' in globalThis.crypto).toBe(false);
    expect(newJobUuid()).toMatch(/^[0-9a-f]{32}$/u);
    expect(getRandomValues).toHaveBeenCalledTimes(1);
  });

  it('turns the random bytes into the id, with the version and variant bits set', () => {
    vi.stubGlobal('crypto', {
      getRandomValues: (array: Uint8Array) => array.fill(0xff),
    });
    expect(newJobUuid()).toBe('ffffffffffff4fffbfffffffffffffff');
  });
});
