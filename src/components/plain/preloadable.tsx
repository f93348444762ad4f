// React.lazy, except that:
// - once the code is loaded the component renders at once (a lazy component suspends on its first render even
//   when its module is in memory, and React throttles Suspense reveals by ~300 ms);
// - a chunk that fails to load (a redeploy replaced the files, a flaky proxy) is fetched again, a few times, and
//   the failure is never cached: if it still fails, the place of the component shows a message with a retry,
//   and the rest of the page stays;
// - unless it says `plain`, it is drawn with MUI: MUI, its theme and the component's own code load together, and
//   the component renders inside MuiScope (the first paint has no MUI at all).
import { type ComponentType, lazy, useState } from 'react';
import type { Messages } from '../../i18n/en/index.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import { importWithRetry } from '../../lib/import-retry.ts';
import { ChunkBoundary } from './ChunkBoundary.tsx';
import type { PlainPage } from './plain-chunks.ts';

export interface PreloadableOptions {
  /** What is loading, for the message if it cannot be loaded ("the recover dialog"). */
  what: keyof Messages['app']['parts'];
  /** Shown over the page (for dialogs) rather than in place. */
  floating?: boolean;
  /**
   * Drawn without MUI (the sign-in page, the volume and image bins): the name of its chunk in PLAIN_CHUNKS, so the
   * build fails if MUI creeps into it. MUI and its theme are not loaded for it.
   */
  plain?: PlainPage;
}

export function preloadable<M, P extends object>(
  importer: () => Promise<M>,
  pick: (module: M) => ComponentType<P>,
  options: PreloadableOptions,
) {
  let Loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;

  const attempt = async (): Promise<ComponentType<P>> => {
    if (options.plain !== undefined) return pick(await importWithRetry(importer));
    const [module, scope] = await Promise.all([
      importWithRetry(importer),
      importWithRetry(() => import('../mui/MuiScope.tsx')),
    ]);
    return scope.withMui(pick(module));
  };

  const preload = (): Promise<ComponentType<P>> => {
    pending ??= attempt().then(
      (component) => {
        Loaded = component;
        return component;
      },
      (error: unknown) => {
        pending = undefined; // never cached as failed: the next render or intent tries again
        throw error;
      },
    );
    // A prefetch on hover or focus (`void preload()`) does not wait for the answer: a failure is reported where the
    // component renders (ChunkBoundary), never as an unhandled rejection. Whoever awaits preload() still sees it.
    pending.catch(() => undefined);
    return pending;
  };

  // React caches a lazy component's rejection too: each retry gets a fresh one.
  const makeLazy = () => lazy(async () => ({ default: await preload() }));
  let Lazy = makeLazy();

  function Preloadable(props: P & { onCancel?: () => void }) {
    const [, setGeneration] = useState(0);
    // Mounted before the code arrived: stay on the lazy path, so the component is not mounted a second time.
    const [viaLazy] = useState(() => Loaded === undefined);
    const t = useT();
    const { onCancel, ...rest } = props;
    if (Loaded && !viaLazy) return <Loaded {...(rest as P)} />;
    return (
      <ChunkBoundary
        text={{
          loading: t.app.loadingPage(t.app.parts[options.what]),
          failed: t.app.couldNotLoadPart(t.app.parts[options.what]),
          retry: t.common.retry,
          close: t.common.close,
        }}
        floating={options.floating ?? false}
        onCancel={onCancel}
        onRetry={() => {
          Lazy = makeLazy();
          setGeneration((g) => g + 1);
        }}
      >
        <Lazy {...(rest as P)} />
      </ChunkBoundary>
    );
  }
  return { Component: Preloadable, preload };
}
