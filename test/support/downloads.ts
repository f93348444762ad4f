// jsdom does not download: the files the console saves (a Blob URL on a link it clicks) are caught here, with the
// name the browser would give them. Call captureDownloads() in a file's beforeEach; it undoes itself after each test.
import { afterEach, beforeEach, vi } from 'vitest';

export interface SavedFile {
  name: string;
  blob: Blob;
}

/** The files saved during the current test, in order (a fresh array each test). */
export function captureDownloads(): { readonly files: SavedFile[] } {
  const saved = { files: [] as SavedFile[] };
  const original = {
    create: Object.getOwnPropertyDescriptor(URL, 'createObjectURL'),
    revoke: Object.getOwnPropertyDescriptor(URL, 'revokeObjectURL'),
  };
  beforeEach(() => {
    saved.files = [];
    const blobs = new Map<string, Blob>();
    Object.assign(URL, {
      createObjectURL: (blob: Blob) => {
        const url = `blob:test/${blobs.size + 1}`;
        blobs.set(url, blob);
        return url;
      },
      revokeObjectURL: () => undefined,
    });
    // the link's click hands over what a browser would save
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      const blob = blobs.get(this.href);
      if (blob) saved.files.push({ name: this.download, blob });
    });
  });
  afterEach(() => {
    for (const [name, d] of [
      ['createObjectURL', original.create],
      ['revokeObjectURL', original.revoke],
    ] as const) {
      if (d) Object.defineProperty(URL, name, d);
      else Reflect.deleteProperty(URL, name);
    }
    vi.restoreAllMocks();
  });
  return saved;
}
