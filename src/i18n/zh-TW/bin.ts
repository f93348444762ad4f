import type { Messages } from '../en/index.ts';

const noun = (kind: 'volume' | 'image') => (kind === 'volume' ? '數據磁碟' : '映像檔');

export const bin: Messages['bin'] = {
  documentTitle: (kind) => `已刪除的${noun(kind)} · ZStack`,
  intro: (kind, allAccounts) =>
    `${allAccounts ? '所有帳戶' : '您的帳戶'}中已刪除的${noun(kind)}。${
      kind === 'volume'
        ? '恢復後的數據磁碟處於卸載狀態；可在它的頁面將它掛載到雲主機。'
        : '在多個備份儲存上刪除的映像檔，可以在每個備份儲存上分別恢復。'
    }`,
  searchLabel: (kind) => `搜尋已刪除的${noun(kind)}`,
  searchPlaceholder: '名稱或 UUID',
  searchHelp: '比對名稱或完整 UUID',
  searchingBy: (uuid) => (uuid ? '依完整 UUID 搜尋' : '依名稱包含的文字搜尋'),
  count: (kind, total, searching) =>
    searching ? `${total} 個已刪除的${noun(kind)}符合條件` : `共 ${total} 個已刪除的${noun(kind)}`,
  tableLabel: (kind) => `已刪除的${noun(kind)}`,
  perPage: (kind) => `每頁${noun(kind)}數`,
  loadingList: (kind) => `正在載入已刪除的${noun(kind)}`,
  loadFailed: (kind) => `無法載入已刪除的${noun(kind)}`,
  noMatch: (kind, search) => `沒有符合「${search}」的已刪除${noun(kind)}。`,
  emptyTitle: (kind) => `沒有已刪除的${noun(kind)}`,
  emptyText: (kind) => `沒有等待恢復或徹底刪除的${noun(kind)}。`,
  columns: {
    name: '名稱',
    size: '大小',
    lastVm: '上次掛載的雲主機',
    backupStorage: '備份儲存',
    deleted: '刪除時間',
    expunges: '徹底刪除時間',
    account: '帳戶',
    actions: '操作',
  },
  selectPage: (kind) => `選取本頁所有${noun(kind)}`,
  partlyDeleted: (deleted, all) => `已在 ${all} 個中的 ${deleted} 個上刪除`,
  recoverTitle: (kind, name) => `要恢復${noun(kind)} ${name} 嗎？`,
  recoverVolumeWhat: [
    'ZStack 會將這個數據磁碟從資源回收筒中恢復。恢復後為就緒狀態（若從未使用過則為未實例化），並處於卸載狀態：不會掛載到任何雲主機。',
    '恢復之後，可以在它的頁面將它掛載到雲主機。',
  ],
  recoverImageWhat: 'ZStack 會在您選擇的備份儲存上讓這個映像檔重新可用。它的檔案一直保留在那裡。',
  onBackupStorages: '在以下備份儲存上恢復',
  recovered: (name) => `${name} 已恢復。`,
  recoverFailed: (name) => `恢復 ${name} 失敗`,
  expungeTitle: (kind, name) => `要徹底刪除${noun(kind)} ${name} 嗎？`,
  expungeVolumeWarning: 'ZStack 會刪除這個數據磁碟以及它在主儲存上的資料。此操作無法復原。',
  expungeImageWarning:
    'ZStack 會刪除您所選備份儲存上的映像檔檔案。此操作無法復原；由它建立的雲主機會繼續執行。',
  expungeOn: '在以下備份儲存上徹底刪除',
  typeName: (kind) => `請輸入${noun(kind)}的名稱以確認。`,
  nameLabel: (kind) => `${noun(kind)}名稱`,
  expunged: (name) => `${name} 已徹底刪除，無法再恢復。`,
  expungeFailed: (name) => `徹底刪除 ${name} 失敗`,
  chooseOne: '請至少選擇一個備份儲存。',
  bulkRecoverTitle: (kind, n) => `要恢復 ${n} 個${noun(kind)}嗎？`,
  bulkExpungeTitle: (kind, n) => `要徹底刪除 ${n} 個${noun(kind)}嗎？`,
  bulkRecoverWhat: (kind, n) =>
    kind === 'volume'
      ? `${n} 個數據磁碟會恢復為卸載狀態，每個執行一項 ZStack 任務。`
      : `${n} 個映像檔會在每個刪除它們的備份儲存上恢復，每個執行一項 ZStack 任務。`,
  bulkExpungeWarning: (kind, n) =>
    `ZStack 會徹底刪除${n === 1 ? `這個${noun(kind)}` : `這 ${n} 個${noun(kind)}`}${kind === 'image' ? '（在每個已刪除它的備份儲存上）' : ''}。此操作無法復原。`,
  bulkRecoverButton: (kind, n) => `恢復 ${n} 個${noun(kind)}`,
  bulkExpungeButton: (kind, n) => `徹底刪除 ${n} 個${noun(kind)}`,
};
