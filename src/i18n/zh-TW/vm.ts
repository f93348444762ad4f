import type { Messages } from '../en/index.ts';

const ipRule = 'IP 位址會在雲主機啟動時分配。';

export const vm: Messages['vm'] = {
  documentTitle: (title, state) => `${title}${state ? `（${state}）` : ''} · ZStack`,
  vm: '雲主機',
  notFound: '找不到雲主機',
  notFoundText: (uuid) =>
    `ZStack 中沒有 UUID 為 ${uuid} 的雲主機：它可能已被徹底刪除，或您的帳戶無權檢視。已徹底刪除的雲主機無法恢復。`,
  vmHeading: (uuid) => `雲主機 ${uuid}`,
  loadFailed: '無法載入這台雲主機',
  loading: '正在載入雲主機',
  refresh: '重新整理',
  refreshLabel: '重新整理雲主機詳細資料',
  recoveredBack: (name) =>
    `${name} 已恢復，處於已停止狀態。啟動它以分配 IP 位址；如有需要，再於下方重新掛載它的數據磁碟。`,
  stoppedNote: '這台雲主機已停止。啟動後，它會被放到一台實體機上，它的網路卡也會分配到 IP 位址。',

  stateChip: (state) => `狀態：${state}`,

  summaryTitle: '摘要',
  summary: {
    name: '名稱',
    uuid: 'UUID',
    state: '狀態',
    description: '說明',
    platform: '平台',
    architecture: 'CPU 架構',
    guestOs: '作業系統',
    type: '類型',
    cpu: 'CPU',
    memory: '記憶體',
    hypervisor: '虛擬化類型',
    zone: '區域',
    cluster: '叢集',
    host: '實體機',
    lastHost: '上次所在的實體機',
    image: '映像檔',
    instanceOffering: '計算規格',
    defaultL3Network: '預設 L3 網路',
    allocatorStrategy: '分配策略',
    created: '建立時間',
    lastOperation: '上次操作時間',
  },
  cpu: (count, mhz) => `${count} 個 vCPU${mhz ? `（${mhz} MHz）` : ''}`,
  copyUuid: (name) => `複製 ${name} 的 UUID`,
  uuidTooltip: (uuid) => `UUID：${uuid}`,
  scrollable: (label) => `${label}（可捲動）`,

  nicsTitle: '網路卡',
  noNics: '這台雲主機沒有網路卡。',
  nicColumns: {
    device: '裝置編號',
    mac: 'MAC 位址',
    l3Network: 'L3 網路',
    ip: 'IP 位址',
    netmask: '子網路遮罩',
    gateway: '閘道',
    driver: '驅動程式',
    type: '類型',
    state: '狀態',
  },

  ipsTitle: 'IP 位址',
  ipColumns: {
    nic: '網路卡',
    ip: 'IP 位址',
    version: '版本',
    netmask: '子網路遮罩',
    gateway: '閘道',
    l3Network: 'L3 網路',
    ipRange: 'IP 範圍',
    usedFor: '用途',
  },
  ipVersion: (version) => `IPv${version}`,
  noIpsDestroyed: `無：這台雲主機被刪除時，ZStack 已將它的位址歸還給所屬的網路。${ipRule}恢復後的雲主機處於已停止狀態，仍然沒有 IP 位址，下次啟動時取得的位址可能與先前不同。`,
  noIpsStopped: `尚無。${ipRule}在此期間，它的網路卡會保留各自的 MAC 位址。`,
  noIps: `無。${ipRule}`,

  start: '啟動雲主機',
  starting: '正在啟動…',
  startFailed: (name) => `啟動 ${name} 失敗`,
  startProgress: {
    retrying: '啟動期間與 ZStack 失去聯繫。仍在重試（這項任務只會執行一次）…',
    accepted: 'ZStack 正在啟動雲主機：正在選擇實體機並分配 IP 位址…',
    sending: '正在傳送請求…',
  },
  started: (name, state, ips) =>
    `${name} 已啟動，目前狀態為${state ?? '執行中'}${ips.length > 0 ? `，IP 位址：${ips.join('、')}` : ''}。`,

  volumesTitle: '雲磁碟',
  rootDeletedNote: '根雲磁碟已標記為已刪除，但仍保留在它的主儲存上；恢復雲主機會將它還原為就緒。',
  noVolumes: 'ZStack 未列出這台雲主機的任何雲磁碟。',
  volumeColumns: {
    name: '名稱',
    type: '類型',
    size: '容量',
    actualSize: '實際容量',
    format: '格式',
    status: '就緒狀態',
    state: '啟用狀態',
    primaryStorage: '主儲存',
    device: '裝置編號',
    shareable: '可共用',
    installPath: '安裝路徑',
  },
  yes: '是',
  no: '否',
  copyInstallPath: (name) => `複製 ${name} 的安裝路徑`,

  deletedWith: {
    title: '隨這台雲主機刪除的數據磁碟',
    description:
      '這個節點刪除雲主機時，會一併刪除它的數據磁碟。恢復雲主機不會讓它們回來：請在這裡恢復它們，再於上方掛載。',
    columns: { name: '名稱', size: '大小', deleted: '刪除時間', action: '操作' },
    recoverName: (name) => `恢復數據磁碟 ${name}`,
    recovered: (name) => `${name} 已恢復，處於卸載狀態：請在上方的面板中掛載。`,
  },
  detachedTitle: '刪除前掛載的數據磁碟',
  detachedDescription: 'ZStack 刪除雲主機時會卸載它的數據磁碟，恢復時不會重新掛載。',
  detachedColumns: {
    name: '名稱',
    size: '容量',
    format: '格式',
    status: '就緒狀態',
    primaryStorage: '主儲存',
    detached: '卸載時間',
    action: '操作',
  },
  loadingDetached: '正在載入已卸載的數據磁碟',
  detachedLoadFailed: '無法查詢數據磁碟',
  noDetached: '無：這台雲主機沒有等待重新掛載的已卸載數據磁碟。',
  reattach: '重新掛載',
  reattaching: '正在重新掛載…',
  reattachName: (name) => `重新掛載 ${name}`,
  reattachingName: (name) => `正在重新掛載 ${name}`,
  reattachFailed: (name) => `重新掛載 ${name} 失敗`,
  reattached: (name, vmName, deviceId) =>
    `${name} 已重新掛載到 ${vmName}${deviceId === undefined ? '' : `，裝置編號為 ${deviceId}`}。`,
  attachBlocked: {
    destroyed: '這台雲主機已刪除：請先從資源回收筒恢復它，再於此處重新掛載它的數據磁碟。',
    transitional: (state) =>
      `雲主機目前狀態為${state}。等它變成執行中、已停止或已暫停後，即可重新掛載數據磁碟；請稍後重新整理。`,
    other: (state) =>
      `雲主機處於執行中、已停止或已暫停狀態時，才能重新掛載數據磁碟；目前狀態為${state ?? '不明'}。`,
  },

  preview: {
    title: '這台雲主機已刪除',
    intro: '在被徹底刪除之前，它會一直留在資源回收筒中。從資源回收筒恢復它將會：',
    comesBack: {
      before: '以',
      after: (rootVolume) =>
        `狀態恢復（不會執行）${rootVolume ? `，它的根雲磁碟 ${rootVolume} 會從已刪除還原為就緒` : ''}；`,
    },
    noNics: '維持現狀，不帶任何網路卡；',
    keepsNics: (count) =>
      `保留它的 ${count} 張網路卡及 MAC 位址，但啟動前沒有 IP 位址：IP 位址會在雲主機啟動時分配，可能與先前不同；`,
    detachedUnknown: '讓刪除時卸載的數據磁碟維持卸載；',
    noDetached: '不影響任何數據磁碟（沒有等待它的已卸載數據磁碟）；',
    detached: (names) =>
      `讓 ${names.length} 個數據磁碟維持卸載（${names.join('、')}）：雲主機恢復後，可在下方重新掛載；`,
    placement: (lastHost) =>
      `僅在啟動時才將它放到實體機上${lastHost ? `（它上次在 ${lastHost} 上執行）` : ''}。`,
  },
};
