import type { Messages } from '../en/index.ts';

/** Each bin's kind, and the measure word it is counted with. */
const nouns = { vm: '雲主機', volume: '數據磁碟', image: '映像檔' } as const;
const measures = { vm: '台', volume: '個', image: '個' } as const;

export const recycleBin: Messages['recycleBin'] = {
  documentTitle: '資源回收筒 · ZStack',
  title: '資源回收筒',
  tabs: { label: '資源回收筒類別', vms: '雲主機', volumes: '數據磁碟', images: '映像檔' },
  intro: (allAccounts) =>
    `${allAccounts ? '所有帳戶' : '您的帳戶'}中已刪除的雲主機。恢復後雲主機處於已停止狀態；徹底刪除後將永久移除。`,
  expungeNote: (expunge) =>
    expunge === undefined
      ? ''
      : 'never' in expunge
        ? 'ZStack 會一直保留它們，直到有人手動徹底刪除。'
        : `ZStack 會在刪除${expunge.period}後將它們徹底刪除。`,

  searchLabel: '搜尋已刪除的雲主機',
  searchPlaceholder: '名稱、UUID 或 MAC 位址',
  searchHelp: '比對名稱、完整 UUID 或 MAC 位址',
  searchingBy: (kind) =>
    ({ uuid: '依完整 UUID 搜尋', mac: '依 MAC 位址搜尋', name: '依名稱包含的文字搜尋' })[kind],
  searchMisread: (operator) => `ZStack 無法搜尋含有「${operator}」的文字：請移除它後再搜尋。`,
  count: (total, searching) =>
    searching ? `${total} 台已刪除的雲主機符合條件` : `共 ${total} 台已刪除的雲主機`,
  refreshLabel: '重新整理清單',
  refreshTitle: '立即重新整理（此分頁顯示時，清單每 30 秒也會自動重新整理）',
  refresh: '重新整理',
  refreshing: '正在重新整理…',
  perPage: '每頁雲主機數',

  loadingList: '正在載入已刪除的雲主機',
  loadFailed: '無法載入資源回收筒',
  noMatch: (search) => `沒有符合「${search}」的已刪除雲主機。`,
  clearTheSearch: '清除搜尋',

  filters: {
    label: '篩選',
    owner: '帳戶',
    anyOwner: '所有帳戶',
    deleter: '刪除者',
    deleterHelp: '稽核記錄中的操作者名稱，按 Enter 鍵確認',
    deleterMisread: (operator) => `ZStack 無法依含有「${operator}」的名稱篩選。`,
    from: '刪除時間不早於',
    to: '刪除時間不晚於',
    clear: '清除篩選',
    noMatch: (kind, search) =>
      `沒有${search ? `與「${search}」及` : '與'}篩選條件相符的已刪除${nouns[kind]}。`,
  },
  emptyTitle: '資源回收筒是空的',
  emptyText: '沒有等待恢復或徹底刪除的雲主機。',

  tableLabel: '已刪除的雲主機',
  columns: {
    name: '名稱',
    cpu: 'CPU',
    memory: '記憶體',
    rootDisk: '根雲磁碟',
    deleted: '刪除時間',
    expunges: '徹底刪除時間',
    account: '帳戶',
    actions: '操作',
  },
  uuidHidden: (uuid) => `（UUID ${uuid}）`,
  copyUuid: (name) => `複製 ${name} 的 UUID`,
  keptByHand: '保留到手動徹底刪除為止',
  keptUntilResumed: '保留到恢復自動徹底刪除為止',
  dueNow: '已到期',
  expungesIn: (duration) => `${duration}後`,
  soon: '（即將到期）',
  recoverName: (name) => `恢復 ${name}`,
  recover: '恢復',
  expungeName: (name) => `徹底刪除 ${name}`,
  recovering: '正在恢復…',

  inBin: {
    readOnlyShared: '這個映像檔以唯讀方式分享給您的帳戶：只有它的擁有者或管理員可以恢復或徹底刪除它。',
    title: '在資源回收筒中',
    intro: (kind) =>
      `此${{ vm: '雲主機', volume: '數據磁碟', image: '映像檔' }[kind]}已刪除。恢復即可找回；徹底刪除後將永久移除。`,
    account: '帳戶',
    otherAccount: '其他帳戶（共用給您的帳戶）',
    expunged: '徹底刪除時間',
    window: (from, to) => `${from} 至 ${to} 之間`,
    notRecorded: '此 ZStack 版本沒有稽核記錄，未記錄',
    auditDenied: '您的帳戶無權讀取稽核記錄',
    expunge: '徹底刪除',
    back: (kind) => `返回${{ vm: '雲主機', volume: '數據磁碟', image: '映像檔' }[kind]}資源回收筒`,
  },
  selectPage: '選取本頁所有雲主機',
  selectRow: (name) => `選取 ${name}`,
  selectionRegion: '已選取項目',
  selectedCount: (kind, n, formatted) =>
    n === 0 ? `未選取${nouns[kind]}` : `已選取 ${formatted} ${measures[kind]}${nouns[kind]}`,
  selectingAll: '正在選取…',
  selectAll: (kind, _n, formatted) => `選取全部 ${formatted} ${measures[kind]}符合條件的${nouns[kind]}`,
  selectFirst: (kind, formatted) => `選取前 ${formatted} ${measures[kind]}${nouns[kind]}`,
  clearSelection: '清除選取',
  recoverSelected: (n) => (n === 0 ? '恢復所選項目' : `恢復所選的 ${n} 項`),
  expungeSelected: (n) => (n === 0 ? '徹底刪除所選項目' : `徹底刪除所選的 ${n} 項`),
  planRestore: '規劃恢復',
  capReached: (kind, cap, total) =>
    `共有 ${total} ${measures[kind]}${nouns[kind]}符合條件，但一次批次操作最多處理 ${cap} ${measures[kind]}。請縮小搜尋範圍以選取其餘的${nouns[kind]}。`,
  selectAllFailed: (kind) => `無法選取所有符合條件的${nouns[kind]}`,

  export: {
    button: '匯出 CSV',
    label: (kind) => `匯出 CSV：符合的${nouns[kind]}`,
    progress: (done, total) => (total ? `正在匯出：${done} / ${total} 列…` : `正在匯出：${done} 列…`),
    cancel: '取消匯出',
    done: (n) => `已匯出 ${n} 列。`,
    capped: (cap, total) =>
      `已匯出 ${total} 列中的前 ${cap} 列：一次匯出最多 ${cap} 列。請縮小搜尋範圍以匯出其餘的列。`,
    cancelled: '已取消匯出。',
    failed: '無法匯出清單',
    columns: {
      name: '名稱',
      uuid: 'UUID',
      deletedAt: '刪除時間（UTC）',
      description: '簡介',
      cpu: 'CPU',
      memoryBytes: '記憶體（位元組）',
      sizeBytes: '容量（位元組）',
      lastVm: '上次掛載的雲主機 UUID',
      mediaType: '映像檔類型',
      format: '映像檔格式',
    },
  },
};
