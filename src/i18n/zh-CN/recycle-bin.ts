import type { Messages } from '../en/index.ts';

/** Each bin's kind, and the measure word it is counted with. */
const nouns = { vm: '云主机', volume: '数据云盘', image: '镜像' } as const;
const measures = { vm: '台', volume: '块', image: '个' } as const;

export const recycleBin: Messages['recycleBin'] = {
  documentTitle: '回收站 · ZStack',
  title: '回收站',
  tabs: { label: '回收站分类', vms: '云主机', volumes: '数据云盘', images: '镜像' },
  intro: (allAccounts) =>
    `${allAccounts ? '所有账户' : '您的账户'}中已删除的云主机。恢复后云主机为已停止状态；彻底删除后将无法找回。`,
  expungeNote: (expunge) =>
    expunge === undefined
      ? ''
      : 'never' in expunge
        ? 'ZStack 会一直保留它们，直到被手动彻底删除。'
        : `ZStack 会在删除${expunge.period}后将其彻底删除。`,

  searchLabel: '搜索已删除的云主机',
  searchPlaceholder: '名称、UUID 或 MAC 地址',
  searchHelp: '可按名称、完整 UUID 或 MAC 地址搜索',
  searchingBy: (kind) => ({ uuid: '按完整 UUID 搜索', mac: '按 MAC 地址搜索', name: '按名称模糊搜索' })[kind],
  searchMisread: (operator) => `ZStack 无法搜索包含“${operator}”的文本：请删除它后再搜索。`,
  count: (total, searching) =>
    searching ? `${total} 台已删除的云主机符合条件` : `共 ${total} 台已删除的云主机`,
  refreshLabel: '刷新列表',
  refreshTitle: '立即刷新（此标签页可见时，列表每 30 秒自动刷新一次）',
  refresh: '刷新',
  refreshing: '正在刷新…',
  perPage: '每页云主机数',

  loadingList: '正在加载已删除的云主机',
  loadFailed: '无法加载回收站',
  noMatch: (search) => `没有与“${search}”匹配的已删除云主机。`,
  clearTheSearch: '清除搜索',

  filters: {
    label: '筛选',
    owner: '账户',
    anyOwner: '所有账户',
    deleter: '删除者',
    deleterHelp: '审计日志中的操作员名称，按 Enter 键确认',
    deleterMisread: (operator) => `ZStack 无法按包含“${operator}”的名称筛选。`,
    from: '删除时间不早于',
    to: '删除时间不晚于',
    clear: '清除筛选',
    noMatch: (kind, search) => `没有${search ? `与“${search}”及` : '与'}筛选条件匹配的已删除${nouns[kind]}。`,
  },
  emptyTitle: '回收站为空',
  emptyText: '没有等待恢复或彻底删除的云主机。',

  tableLabel: '已删除的云主机',
  columns: {
    name: '名称',
    cpu: 'CPU',
    memory: '内存',
    rootDisk: '根云盘',
    deleted: '删除时间',
    expunges: '彻底删除时间',
    account: '账户',
    actions: '操作',
  },
  uuidHidden: (uuid) => `（UUID ${uuid}）`,
  copyUuid: (name) => `复制 ${name} 的 UUID`,
  keptByHand: '保留至手动彻底删除',
  keptUntilResumed: '保留至恢复自动彻底删除',
  dueNow: '已到期',
  expungesIn: (duration) => `${duration}后`,
  soon: '（即将到期）',
  recoverName: (name) => `恢复 ${name}`,
  recover: '恢复',
  expungeName: (name) => `彻底删除 ${name}`,
  recovering: '正在恢复…',

  inBin: {
    readOnlyShared: '此镜像以只读方式共享给您的账户：只有其所有者或管理员可以恢复或彻底删除它。',
    title: '在回收站中',
    intro: (kind) =>
      `此${{ vm: '云主机', volume: '数据云盘', image: '镜像' }[kind]}已删除。恢复即可找回；彻底删除后将无法找回。`,
    account: '账户',
    otherAccount: '其他账户（共享给您的账户）',
    expunged: '彻底删除时间',
    window: (from, to) => `${from} 至 ${to} 之间`,
    notRecorded: '此 ZStack 版本没有审计日志，未记录',
    auditDenied: '您的账户无权读取审计日志',
    expunge: '彻底删除',
    back: (kind) => `返回${{ vm: '云主机', volume: '数据云盘', image: '镜像' }[kind]}回收站`,
  },
  selectPage: '选择本页所有云主机',
  selectRow: (name) => `选择 ${name}`,
  selectionRegion: '已选择',
  selectedCount: (kind, n, formatted) =>
    n === 0 ? `未选择${nouns[kind]}` : `已选择 ${formatted} ${measures[kind]}${nouns[kind]}`,
  selectingAll: '正在选择…',
  selectAll: (kind, _n, formatted) => `选择全部 ${formatted} ${measures[kind]}匹配的${nouns[kind]}`,
  selectFirst: (kind, formatted) => `选择前 ${formatted} ${measures[kind]}${nouns[kind]}`,
  clearSelection: '清除选择',
  recoverSelected: (n) => (n === 0 ? '恢复所选' : `恢复所选 ${n} 项`),
  expungeSelected: (n) => (n === 0 ? '彻底删除所选' : `彻底删除所选 ${n} 项`),
  planRestore: '规划恢复',
  capReached: (kind, cap, total) =>
    `共有 ${total} ${measures[kind]}${nouns[kind]}匹配，但一次批量操作最多 ${cap} ${measures[kind]}。请缩小搜索范围以选择其余的${nouns[kind]}。`,
  selectAllFailed: (kind) => `无法选择所有匹配的${nouns[kind]}`,

  export: {
    button: '导出 CSV',
    label: (kind) => `导出 CSV：匹配的${nouns[kind]}`,
    progress: (done, total) => (total ? `正在导出：${done} / ${total} 行…` : `正在导出：${done} 行…`),
    cancel: '取消导出',
    done: (n) => `已导出 ${n} 行。`,
    capped: (cap, total) =>
      `已导出 ${total} 行中的前 ${cap} 行：一次导出最多 ${cap} 行。请缩小搜索范围以导出其余的行。`,
    cancelled: '已取消导出。',
    failed: '无法导出列表',
    columns: {
      name: '名称',
      uuid: 'UUID',
      deletedAt: '删除时间（UTC）',
      description: '简介',
      cpu: 'CPU',
      memoryBytes: '内存（字节）',
      sizeBytes: '容量（字节）',
      lastVm: '上次挂载的云主机 UUID',
      mediaType: '镜像类型',
      format: '镜像格式',
    },
  },
};
