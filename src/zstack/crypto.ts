// Crypto that also works on plain-HTTP origins, where browsers hide crypto.subtle and crypto.randomUUID
// (ZStack UIs are usually opened as http://<host>:5000). crypto.getRandomValues exists in every context.
const encoder = new TextEncoder();

/** Lower-case hex of bytes (our own two lines: @noble/hashes' helper module is 1 kB of first paint). */
const bytesToHex = (bytes: Uint8Array): string =>
  Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

/** ZStack stores the SHA-512 hex of a password and compares it as sent (docs/zstack-protocol.md#sign-in). */
export async function sha512Hex(text: string): Promise<string> {
  const bytes = encoder.encode(text);
  const subtle = globalThis.isSecureContext ? globalThis.crypto?.subtle : undefined;
  if (subtle) {
    try {
      return bytesToHex(new Uint8Array(await subtle.digest('SHA-512', bytes)));
    } catch {
      // Some embedded browsers expose subtle but refuse SHA-512; the audited pure-JS hash gives the same bytes.
    }
  }
  // Loaded only where it is needed (plain HTTP): a console opened over HTTPS or on localhost never fetches it.
  const { sha512 } = await import('@noble/hashes/sha2.js');
  return bytesToHex(sha512(bytes));
}

/** A job id as ZStack wants it: 32 hex characters (a v4 UUID without dashes), from getRandomValues. */
export function newJobUuid(): string {
  const b = globalThis.crypto.getRandomValues(new Uint8Array(16));
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  return bytesToHex(b);
}
