// 简体中文, with ZStack's own terms (docs/zstack-protocol.md#chinese-terms): 云主机, 云盘, 恢复, 彻底删除…
// Loaded on demand: it is not part of the first-paint code of an English page.
import type { Messages } from '../en/index.ts';
import { app } from './app.ts';
import { bin } from './bin.ts';
import { binDialogs } from './bin-dialogs.ts';
import { common } from './common.ts';
import { errors } from './errors.ts';
import { operations } from './operations.ts';
import { recycleBin } from './recycle-bin.ts';
import { resource } from './resource.ts';
import { events } from './events.ts';
import { restore } from './restore.ts';
import { retention } from './retention.ts';
import { session } from './session.ts';
import { settings } from './settings.ts';
import { vm } from './vm.ts';

export const zhCN: Messages = {
  app,
  common,
  errors,
  session,
  recycleBin,
  binDialogs,
  vm,
  settings,
  operations,
  bin,
  resource,
  retention,
  events,
  restore,
};
