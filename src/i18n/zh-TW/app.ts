import type { Messages } from '../en/index.ts';

export const app: Messages['app'] = {
  productName: 'ZStack 資源回收筒',
  skipToContent: '跳到主要內容',
  mainNav: '主導覽',
  navRecycleBin: '資源回收筒',
  navSettings: '設定',
  navRetention: '保留原則',
  navEvents: '刪除事件',
  expiring: (n) => `${n} 項即將徹底刪除`,
  expiringLabel: (n, lead) => `即將徹底刪除：${lead}內將徹底刪除 ${n} 項`,
  pausedBanner: '自動徹底刪除已暫停',
  pausedDetail: (kinds, since, by) =>
    `在恢復之前，${kinds}資源回收筒中的資源都不會被自動徹底刪除` +
    (since ? `；${by ? `由 ${by} ` : ''}於 ${since} 暫停` : '') +
    '。',
  pausedKinds: { vm: '雲主機', volume: '數據磁碟', image: '映像檔' },
  pausedLink: '查看保留原則',
  menu: '選單',
  signedInAs: '目前登入：',
  adminSuffix: '（管理員）',
  signOut: '登出',
  themeLabel: (current, next) => {
    const name = { system: '跟隨系統', light: '淺色', dark: '深色' };
    return `佈景主題：${name[current]}。切換為${next === 'system' ? '跟隨系統' : name[next]}`;
  },
  crashTitle: '發生問題',
  crashFallback: '發生了未預期的錯誤。',
  backToRecycleBin: '返回資源回收筒',
  notFoundTitle: '找不到頁面',
  notFoundText: '這個網址沒有對應的頁面。',
  loading: '載入中',
  loadingPage: (what) => `正在載入${what}`,
  couldNotLoadPart: (what) => `無法載入${what}。可能是網路中斷，或主控台剛剛更新。`,
  parts: {
    signInPage: '登入頁面',
    vmPage: '雲主機頁面',
    retentionPage: '保留原則頁面',
    expiringPage: '即將徹底刪除檢視',
    eventsPage: '刪除事件頁面',
    eventPage: '刪除事件詳情',
    restorePlanPage: '恢復計畫',
    settingsPage: '設定頁面',
    recoverDialog: '恢復對話方塊',
    expungeDialog: '徹底刪除對話方塊',
    bulkDialog: '批次操作對話方塊',
    binPage: '這個資源回收筒',
    resourcePage: '這個頁面',
    operationsDialog: '操作結果',
  },
  backgroundRefreshFailed: (headline) => `無法重新整理：${headline}`,
  operationsIndicator: (settled, total, running, failed, unknown) =>
    (running ? `操作：已完成 ${settled}/${total}` : `操作：已結束（${settled}/${total}）`) +
    (failed > 0 ? `，${failed} 個失敗` : '') +
    (unknown > 0 ? `，${unknown} 個結果不明` : ''),
  operationsIndicatorShort: (settled, total, failed, unknown) =>
    `${settled}/${total}` +
    (failed > 0 ? ` · ${failed} 個失敗` : '') +
    (unknown > 0 ? ` · ${unknown} 個不明` : ''),
  operationsFinished: (action, done, failed, unknown) =>
    (action === 'recover'
      ? `恢復已結束：${done} 項已恢復，${failed} 項失敗`
      : `徹底刪除已結束：${done} 項已徹底刪除，${failed} 項失敗`) +
    (unknown > 0 ? `，${unknown} 項結果不明（請先檢查再重試）。` : '。'),
};
