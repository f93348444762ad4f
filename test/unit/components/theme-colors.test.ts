// The first paint is drawn with components/plain/styles.css (its colours in styles/tokens.css), the parts loaded on
// demand with MUI's theme: both must show the same colours, in both modes, or a dialog would not match the page under it.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTheme } from '../../../src/components/mui/mui-theme.ts';

const css = readFileSync(
  resolve(import.meta.dirname, '../../../src/components/plain/styles/tokens.css'),
  'utf8',
);

function variables(selector: string): Map<string, string> {
  const start = css.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`tokens.css has no ${selector} block`);
  const block = css.slice(start, css.indexOf('\n}', start));
  const found = new Map<string, string>();
  for (const match of block.matchAll(/(--rb-[\w-]+):\s*([^;]+);/gu))
    found.set(match[1] ?? '', match[2] ?? '');
  return found;
}

const normal = (colour: string) => colour.replace(/\s+/gu, '').toLowerCase();

describe.each(['light', 'dark'] as const)('the %s colours of styles/tokens.css', (mode) => {
  const theme = makeTheme(mode);
  const p = theme.palette;
  const vars = mode === 'light' ? variables(':root') : variables(":root[data-color-mode='dark']");
  const expected: Record<string, string> = {
    '--rb-bg': p.background.default,
    '--rb-paper': p.background.paper,
    '--rb-text': p.text.primary,
    '--rb-text-2': p.text.secondary,
    '--rb-divider': p.divider,
    '--rb-primary': p.primary.main,
    '--rb-on-primary': p.primary.contrastText,
    '--rb-primary-dark': p.primary.dark,
    '--rb-error': p.error.main,
    '--rb-active': p.action.active,
    '--rb-hover': p.action.hover,
    '--rb-disabled': p.action.disabled,
    '--rb-disabled-bg': p.action.disabledBackground,
    '--rb-selected': theme.alpha(p.primary.main, p.action.selectedOpacity),
  };
  const darkOrLight = mode === 'light' ? theme.darken : theme.lighten;
  const lightOrDark = mode === 'light' ? theme.lighten : theme.darken;
  for (const severity of ['error', 'warning', 'info', 'success'] as const) {
    // MUI's standard and filled alerts.
    expected[`--rb-alert-${severity}-color`] = darkOrLight(p[severity].light, 0.6);
    expected[`--rb-alert-${severity}-bg`] = lightOrDark(p[severity].light, 0.9);
    expected[`--rb-alert-${severity}-icon`] = p[severity].main;
    expected[`--rb-alert-${severity}-filled-bg`] = mode === 'dark' ? p[severity].dark : p[severity].main;
    expected[`--rb-alert-${severity}-filled-color`] = p.getContrastText(p[severity].main);
  }

  it.each(Object.entries(expected))('%s is the theme’s', (name, colour) => {
    expect(normal(vars.get(name) ?? 'missing')).toBe(normal(colour));
  });
});
