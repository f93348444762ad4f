import type { Messages } from '../en/index.ts';

export const binDialogs: Messages['binDialogs'] = {
  recoverTitle: (name) => `要恢復 ${name} 嗎？`,
  recoverWhat: 'ZStack 會將這台雲主機從資源回收筒中恢復：',
  comesBack: { before: '恢復後為', after: '狀態，根雲磁碟也會一併還原。' },
  nics: (count) =>
    `它的${count === 1 ? '' : ` ${count} 張`}網路卡會保留原本的 MAC 位址，但要等雲主機啟動時才會取得 IP 位址（可能與先前不同）。`,
  checkingVolumes: '正在檢查刪除前掛載的數據磁碟…',
  detachedVolumes: (names) =>
    `刪除時卸載的 ${names.length} 個數據磁碟（${names.join('、')}）會維持卸載狀態；您可以在雲主機頁面重新掛載。`,
  noDetachedVolumes: '刪除時卸載的數據磁碟會維持卸載狀態（沒有等待這台雲主機的數據磁碟）。',
  startAfter: '恢復後啟動雲主機（啟動後才會取得 IP 位址）',
  progress: {
    resending: 'ZStack 回應之前連線中斷了。正在重新傳送同一個請求（任務 ID 相同，因此只會執行一次）…',
    pollRetrying: '等待任務期間與 ZStack 失去聯繫。仍在重試…',
    recoveringAndStarting: 'ZStack 正在恢復雲主機，接著會啟動它…',
    recovering: 'ZStack 正在恢復雲主機…',
    sending: '正在傳送請求…',
  },
  recovered: (name, started, state, retried) =>
    `${name} 已恢復${started ? '並啟動' : ''}。${state ? `目前狀態：${state}。` : ''}${
      retried ? '途中連線曾中斷，主控台已安全地重試。' : ''
    }`,
  recoveredStartFailed: (name) => `${name} 已恢復，但啟動失敗。`,
  recoveredButStopped: (name) => `${name} 已恢復，目前為已停止狀態。`,
  recoverFailed: (name) => `恢復 ${name} 失敗`,
  startFailed: (name) => `啟動 ${name} 失敗`,
  openRecovered: '開啟已恢復的雲主機',
  stopWaiting: '不再等待',
  handedOver: (name) => `${name}：任務仍在管理節點上執行。應用列中的「操作」會繼續追蹤，並顯示其結果。`,
  tryAgain: '再試一次',
  recoverAndStart: '恢復並啟動',
  recoveredTitle: (name) => `${name} 已恢復`,
  where: {
    moved: (state) => `它已不在資源回收筒中${state ? `：目前狀態為${state}` : ''}。可能已有人恢復了它。`,
    gone: '它已被徹底刪除：ZStack 中已不存在，無法恢復。',
    open: '開啟',
  },
  permanent: '再試一次也會因同樣的原因失敗：請依上方的建議處理。',
  together: {
    checking: '正在檢查隨這台雲主機一起刪除的數據磁碟…',
    listLabel: '隨這台雲主機一起刪除的數據磁碟',
    offer: (n, vm) => `同時恢復這 ${n} 個數據磁碟，並重新掛載到 ${vm}`,
    stepsLabel: '恢復步驟',
    step: {
      'recover-vm': (name) => `恢復雲主機 ${name}`,
      'recover-volume': (name) => `恢復數據磁碟 ${name}`,
      'attach-volume': (name) => `重新掛載 ${name}`,
      'start-vm': (name) => `啟動 ${name}`,
    },
    someFailed: '並非所有步驟都成功。已成功的步驟維持不變；再試一次只會執行其餘步驟。',
    stepFailed: (step) => `${step}失敗`,
  },

  expungeTitle: (name) => `要徹底刪除 ${name} 嗎？`,
  expungeWarning:
    'ZStack 會刪除這台雲主機、它的根雲磁碟和網路卡。此操作無法復原。刪除時卸載的數據磁碟不受影響。',
  typeName: { before: '請輸入雲主機名稱「', after: '」以確認。' },
  vmName: '雲主機名稱',
  nameMismatch: '名稱尚不相符',
  expungeFailed: (name) => `徹底刪除 ${name} 失敗`,
  expunging: '正在徹底刪除…',
  expungeForGood: '徹底刪除',
  expunged: (name) => `${name} 已徹底刪除，無法再恢復。`,

  bulkRecoverTitle: (n) => `要恢復 ${n} 台雲主機嗎？`,
  bulkExpungeTitle: (n) => `要徹底刪除 ${n} 台雲主機嗎？`,
  bulkChecking: '正在檢查…',
  bulkPreviewFailed: '無法檢查它們所屬的帳戶。',
  bulkOfAccounts: (n, accounts) => `將從資源回收筒恢復 ${accounts} 個帳戶的 ${n} 台雲主機。`,
  bulkComeBackStopped: '每台雲主機恢復後皆處於已停止狀態，根雲磁碟一併還原；啟動時才會分配 IP 位址。',
  bulkDetachedVolumes: (n) =>
    n === 0
      ? '沒有等待這些雲主機的已卸載數據磁碟。'
      : `刪除時卸載的 ${n} 個數據磁碟會維持卸載狀態；請在各雲主機的頁面重新掛載。`,
  bulkConcurrency: (n) => `ZStack 為每台雲主機執行一項任務，每次 ${n} 項（可在設定中變更）。`,
  bulkStartAfter: '恢復後啟動雲主機（啟動後才會取得 IP 位址）',
  bulkExpungeWarning: (n) =>
    `ZStack 會刪除${n === 1 ? '這台雲主機' : `這 ${n} 台雲主機`}及其根雲磁碟和網路卡。此操作無法復原。刪除時卸載的數據磁碟不受影響。`,
  bulkTypeCount: (formatted) => `請輸入雲主機數量 ${formatted} 以確認。`,
  bulkCountLabel: '雲主機數量',
  bulkCountMismatch: '數量尚不相符',
  bulkRecoverButton: (n) => `恢復 ${n} 台雲主機`,
  bulkRecoverAndStartButton: (n) => `恢復並啟動 ${n} 台雲主機`,
  bulkExpungeButton: (n) => `徹底刪除 ${n} 台雲主機`,
};
