// The English catalog: the source of every user-visible string, one namespace per area of the console.
// Messages that take values are functions, so each language builds its own sentence (no runtime parser).
import { app } from './app.ts';
import { bin } from './bin.ts';
import { common } from './common.ts';
import { errors } from './errors.ts';
import { operations } from './operations.ts';
import { recycleBin } from './recycle-bin.ts';
import { resource } from './resource.ts';
import { session } from './session.ts';
import { settings } from './settings.ts';
import { vm } from './vm.ts';

export const en = { app, common, errors, session, recycleBin, vm, settings, operations, bin, resource };

/** Every catalog has exactly this shape: TypeScript rejects a missing or an extra key. */
export type Messages = typeof en;
