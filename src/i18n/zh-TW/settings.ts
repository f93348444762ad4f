import type { Messages } from '../en/index.ts';

export const settings: Messages['settings'] = {
  documentTitle: '設定 · ZStack',
  title: '設定',
  timeZoneTitle: '管理節點時區',
  timeZoneWhy:
    'ZStack 傳送的時間（例如「刪除時間」）是管理節點的當地時間，且不含時區。主控台需要知道管理節點與 UTC 的時差，才能以您的時間顯示，並倒數到自動徹底刪除的時間。',
  now: (offset, source) => `目前為 ${offset}，${source}。`,
  sources: {
    learned: '登入時從管理節點建立的工作階段得知',
    configured: '在此頁面手動設定',
    browser: '假設與瀏覽器所在的時區相同（尚未得知）',
  },
  offsetLabel: '管理節點與 UTC 的時差',
  save: '儲存',
  saved: (offset) => `管理節點時區已設為 ${offset}。`,
  concurrencyTitle: '批次操作',
  concurrencyWhy:
    '批次恢復或徹底刪除時，每台雲主機執行一項 ZStack 任務，同時執行的數量如下。數量越多越快；越少則對忙碌的管理節點負擔越輕。',
  concurrencyLabel: '同時執行的任務數',
  concurrencyHelp: (min, max) => `從 ${min} 到 ${max}。`,
  concurrencyInvalid: (min, max) => `請輸入 ${min} 到 ${max} 之間的整數。`,
  concurrencySaved: (n) => `批次操作現在每次執行 ${n} 項任務。`,
};
