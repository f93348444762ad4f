// 繁體中文, in the terms of ZStack's own zh_TW dashboard (docs/zstack-protocol.md#chinese-terms): 雲主機, 雲磁碟,
// 數據磁碟, 映像檔, 恢復, 徹底刪除…; Taiwan usage where ZStack is silent (帳戶, 設定, 搜尋). Written from the English
// meaning, not converted from zh-CN. Loaded on demand, like zh-CN: not part of the first paint of another language.
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

export const zhTW: Messages = {
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
