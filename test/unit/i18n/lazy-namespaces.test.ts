// English texts of lazy pages are registered by their chunks (src/i18n/en/index.ts): until then, reading one fails
// loudly, by its name, instead of rendering "undefined".
import { describe, expect, it, vi } from 'vitest';

describe('English namespaces kept out of the first paint', () => {
  it('throw, naming the namespace, until their module registers them', async () => {
    vi.resetModules(); // a fresh catalog, without what test/support/setup.ts registers
    const { en } = await import('../../../src/i18n/en/index.ts');
    expect(en.recycleBin.title).toBe('Recycle bin');
    expect(() => en.vm).toThrow(/"vm" messages are not loaded.*src\/i18n\/en\/vm\.ts/u);
    expect(() => en.session).toThrow(/"session"/u);
    await import('../../../src/i18n/en/vm.ts');
    expect(en.vm.refresh).toBe('Refresh');
    expect(() => en.settings).toThrow(/"settings"/u);
    // A camel-case namespace names its kebab-case file.
    expect(() => en.binDialogs).toThrow(
      /"binDialogs" messages are not loaded.*src\/i18n\/en\/bin-dialogs\.ts/u,
    );
    await import('../../../src/i18n/en/bin-dialogs.ts');
    expect(en.binDialogs.tryAgain).toBe('Try again');
  });
});
