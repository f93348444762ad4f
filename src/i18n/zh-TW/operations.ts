import type { Messages } from '../en/index.ts';

export const operations: Messages['operations'] = {
  title: (action, resource, n, finished) => {
    const noun = { vm: `${n} 台雲主機`, volume: `${n} 個數據磁碟`, image: `${n} 個映像檔` }[resource];
    return action === 'recover'
      ? finished
        ? `${noun}的恢復已結束`
        : `正在恢復${noun}`
      : finished
        ? `${noun}的徹底刪除已結束`
        : `正在徹底刪除${noun}`;
  },
  titleTogether: (vms, volumes, finished) =>
    finished
      ? `${vms} 台雲主機及 ${volumes} 個數據磁碟的恢復已結束`
      : `正在恢復 ${vms} 台雲主機及 ${volumes} 個數據磁碟`,
  progressLabel: '執行進度',
  counts: (c) =>
    `成功 ${c.done} · 失敗 ${c.failed} · 進行中 ${c.running} · 等待中 ${c.waiting}` +
    (c.unknown > 0 ? ` · 結果不明 ${c.unknown}` : '') +
    (c.notStarted > 0 ? ` · 未啟動 ${c.notStarted}` : '') +
    (c.paused > 0 ? ` · 等待重新登入 ${c.paused}` : ''),
  cancelledNote: '已取消：不再啟動新的任務；已在執行的任務已完成，並列在下方。',
  resultsLabel: (resource) =>
    ({ vm: '每台雲主機的結果', volume: '每個數據磁碟的結果', image: '每個映像檔的結果' })[resource],
  columns: {
    name: (resource) => ({ vm: '雲主機', volume: '數據磁碟', image: '映像檔' })[resource],
    uuid: 'UUID',
    job: '任務',
    state: (resource) =>
      ({ vm: '完成後雲主機狀態', volume: '完成後磁碟就緒狀態', image: '完成後映像檔就緒狀態' })[resource],
    errorCode: '錯誤碼',
    reason: '原因',
  },
  outcome: {
    waiting: '等待中',
    running: '進行中',
    done: '成功',
    paused: '等待中：請重新登入',
    failed: '失敗',
    startFailed: '已恢復，啟動失敗',
    attachFailed: '已恢復，掛載失敗',
    ipFailed: '已恢復，未能設定 IP 位址',
    unknown: (resource) => `不明：請檢查該${{ vm: '雲主機', volume: '數據磁碟', image: '映像檔' }[resource]}`,
    cancelled: '未啟動（已取消）',
    skipped: '未執行：其依賴的步驟失敗',
  },
  details: '詳細資料',
  hideDetails: '收合詳細資料',
  showError: (name) => `${name} 的錯誤詳細資料`,
  hideError: (name) => `收合 ${name} 的錯誤詳細資料`,
  errorTitle: (name) => `${name} 失敗`,
  paused: {
    text: (n) =>
      `登入已失效：管理節點或其前方的閘道不再接受這個工作階段。尚無法確定${n === 1 ? '這項任務' : `這 ${n} 項任務`}是否已執行。以同一個帳戶重新登入後，主控台會繼續追蹤同樣的任務，不會重複送出。`,
    otherAccount: '以其他帳戶登入會隱藏這次執行；這個帳戶重新登入後會繼續。',
  },
  copyFailed: (n) => `複製失敗清單（${n}）`,
  exportCsv: '匯出 CSV',
  cancel: '取消其餘任務',
  retryFailed: (n, onlyFailed) => (onlyFailed ? `重試 ${n} 個失敗項目` : `重試 ${n} 個未完成項目`),
  dismiss: '從清單中移除',
};
