// The English catalog: the source of every user-visible string, one namespace per area of the console.
// Messages that take values are functions, so each language builds its own sentence (no runtime parser).
import { app } from './app.ts';
import type { bin } from './bin.ts';
import type { binDialogs } from './bin-dialogs.ts';
import { common } from './common.ts';
import { errors } from './errors.ts';
import type { events } from './events.ts';
import type { operations } from './operations.ts';
import { recycleBin } from './recycle-bin.ts';
import { registeredEn, type LazyMessages, type LazyNamespace } from './registry.ts';
import type { resource } from './resource.ts';
import type { restore } from './restore.ts';
import type { retention } from './retention.ts';
import type { session } from './session.ts';
import type { settings } from './settings.ts';
import type { vm } from './vm.ts';

/** Every catalog has exactly this shape: TypeScript rejects a missing or an extra key. */
export interface Messages {
  app: typeof app;
  common: typeof common;
  errors: typeof errors;
  session: typeof session;
  recycleBin: typeof recycleBin;
  binDialogs: typeof binDialogs;
  vm: typeof vm;
  settings: typeof settings;
  operations: typeof operations;
  bin: typeof bin;
  resource: typeof resource;
  retention: typeof retention;
  events: typeof events;
  restore: typeof restore;
}

// First-paint budget: English ships in the first-paint chunk, so only the namespaces that the app shell and the VM
// recycle bin list read are here from the start. The texts of the lazy pages and dialogs (the sign-in page, the VM,
// volume, image and settings pages, the volume and image bins, the recycle bin's recover, expunge and bulk dialogs)
// travel in their chunks: each such namespace's own module registers it when it is evaluated (`registerEn('vm', vm)`
// at the end of vm.ts, into ./registry.ts), and every module that reads `t.vm` imports './vm.ts' for that side effect, so it is there
// before anything can render with it (scripts/check-i18n.ts checks those imports; `binDialogs` is in
// './bin-dialogs.ts'). Reading a namespace that is not registered throws, by its name.
function notLoaded(namespace: LazyNamespace): never {
  throw new Error(
    `The English "${namespace}" messages are not loaded: a module that reads t.${namespace} must import ` +
      `src/i18n/en/${namespace.replace(/[A-Z]/gu, (c) => `-${c.toLowerCase()}`)}.ts (see src/i18n/en/index.ts).`,
  );
}

/** Every lazy namespace: a Record of LazyMessages' keys, so TypeScript refuses a missing or an extra one. */
const LAZY: Record<LazyNamespace, true> = {
  session: true,
  binDialogs: true,
  vm: true,
  settings: true,
  operations: true,
  bin: true,
  resource: true,
  retention: true,
  events: true,
  restore: true,
};

/** The eager namespaces, and a getter for each lazy one: its registered messages, or an error naming its module. */
function withLazy<E extends object>(eager: E): E & LazyMessages {
  const catalog = { ...eager };
  // The keys of a Record<LazyNamespace, …>: Object.keys cannot say so.
  for (const namespace of Object.keys(LAZY) as LazyNamespace[])
    Object.defineProperty(catalog, namespace, {
      enumerable: true,
      get: () => registeredEn(namespace) ?? notLoaded(namespace),
    });
  // TypeScript does not follow defineProperty: every key of LazyMessages has just been given its getter.
  return catalog as E & LazyMessages;
}

export const en: Messages = withLazy({ app, common, errors, recycleBin });
