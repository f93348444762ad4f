// The line between the two ways to draw (docs/architecture.md, "Plain and MUI"). The plain side, the first paint
// and the pages in src/components/plain/plain-chunks.ts, draws with native elements and styles.css; MUI and Emotion
// (and our own MUI parts in components/mui/) stay out of it. MUI belongs in the folders listed in MUI_SIDE. A plain
// part reaches MUI only through a dynamic import() (preloadable()), which this rule lets through. `import type` is
// erased from the build and is let through too. The build (vite.config.ts) checks the same line on the chunks.

/** Where MUI may be imported: our MUI parts, every feature's dialogs/, and the pages reached from a list. */
export const MUI_SIDE = [
  'src/components/mui/**',
  'src/features/*/dialogs/**',
  'src/features/vm/**',
  'src/features/resource/**',
  'src/features/settings/**',
];

const MUI_SOURCE = /^@(mui|emotion)\/|(^|\/)mui\//u;

/** @type {import('eslint').Rule.RuleModule} */
const noMui = {
  meta: {
    type: 'problem',
    schema: [],
    messages: {
      mui:
        "'{{source}}' draws with MUI, and this file is on the plain side (no MUI, no Emotion). Draw it with " +
        'components/plain/ (ui.tsx, styles.css), or move it into a dialogs/ folder and load it with preloadable().',
    },
  },
  create(context) {
    /** @param {import('estree').ImportDeclaration | import('estree').ExportNamedDeclaration | import('estree').ExportAllDeclaration} node */
    const check = (node) => {
      const source = node.source?.value;
      if (typeof source !== 'string' || !MUI_SOURCE.test(source)) return;
      // `import type` / `export type` (typescript-eslint's AST adds importKind / exportKind).
      const kind =
        'importKind' in node ? node.importKind : 'exportKind' in node ? node.exportKind : undefined;
      if (kind === 'type') return;
      context.report({ node, messageId: 'mui', data: { source } });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check };
  },
};

export const plainRules = [
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: MUI_SIDE,
    plugins: { plain: { rules: { 'no-mui': noMui } } },
    rules: { 'plain/no-mui': 'error' },
  },
];
