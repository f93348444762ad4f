import type { Messages } from '../en/index.ts';

const noun = (kind: 'volume' | 'image') => (kind === 'volume' ? '数据云盘' : '镜像');
const measure = (kind: 'volume' | 'image') => (kind === 'volume' ? '块' : '个');

export const bin: Messages['bin'] = {
  documentTitle: (kind) => `已删除的${noun(kind)} · ZStack`,
  intro: (kind, allAccounts) =>
    `${allAccounts ? '所有账户' : '您的账户'}已删除的${noun(kind)}。${
      kind === 'volume'
        ? '恢复后的数据云盘处于卸载状态；可在其页面挂载到云主机。'
        : '在多个镜像服务器上删除的镜像，可以分别在每个镜像服务器上恢复。'
    }`,
  searchLabel: (kind) => `搜索已删除的${noun(kind)}`,
  searchPlaceholder: '名称或 UUID',
  searchHelp: '匹配名称或完整 UUID',
  searchingBy: (uuid) => (uuid ? '按完整 UUID 搜索' : '按名称模糊搜索'),
  count: (kind, total, searching) =>
    `${searching ? '匹配' : '共'} ${total} ${measure(kind)}已删除的${noun(kind)}`,
  tableLabel: (kind) => `已删除的${noun(kind)}`,
  perPage: (kind) => `每页${noun(kind)}数`,
  loadingList: (kind) => `正在加载已删除的${noun(kind)}`,
  loadFailed: (kind) => `无法加载已删除的${noun(kind)}`,
  noMatch: (kind, search) => `没有与“${search}”匹配的已删除${noun(kind)}。`,
  emptyTitle: (kind) => `没有已删除的${noun(kind)}`,
  emptyText: (kind) => `没有等待恢复或彻底删除的${noun(kind)}。`,
  columns: {
    name: '名称',
    size: '容量',
    lastVm: '上次挂载的云主机',
    backupStorage: '镜像服务器',
    deleted: '删除时间',
    expunges: '彻底删除时间',
    account: '账户',
    actions: '操作',
  },
  selectPage: (kind) => `选择本页所有${noun(kind)}`,
  partlyDeleted: (deleted, all) => `${all} 个镜像服务器中 ${deleted} 个已删除`,
  recoverTitle: (kind, name) => `恢复${noun(kind)} ${name}？`,
  recoverVolumeWhat: [
    'ZStack 会从回收站恢复该数据云盘。恢复后处于就绪状态（如从未使用过则为未实例化），并处于卸载状态：不会挂载到任何云主机。',
    '恢复后，可在其页面将其挂载到云主机。',
  ],
  recoverImageWhat: 'ZStack 会在您选择的镜像服务器上重新启用该镜像。其文件一直保留在那里。',
  onBackupStorages: '在以下镜像服务器上恢复',
  recovered: (name) => `${name} 已恢复。`,
  recoverFailed: (name) => `恢复 ${name} 失败`,
  expungeTitle: (kind, name) => `彻底删除${noun(kind)} ${name}？`,
  expungeVolumeWarning: 'ZStack 将删除该数据云盘及其在主存储上的数据。此操作无法撤销。',
  expungeImageWarning:
    'ZStack 将删除您所选镜像服务器上的镜像文件。此操作无法撤销；由它创建的云主机不受影响。',
  expungeOn: '在以下镜像服务器上彻底删除',
  typeName: (kind) => `请输入${noun(kind)}的名称以确认。`,
  nameLabel: (kind) => `${noun(kind)}名称`,
  expunged: (name) => `${name} 已彻底删除，无法恢复。`,
  expungeFailed: (name) => `彻底删除 ${name} 失败`,
  chooseOne: '请至少选择一个镜像服务器。',
  bulkRecoverTitle: (kind, n) => `恢复 ${n} ${measure(kind)}${noun(kind)}？`,
  bulkExpungeTitle: (kind, n) => `彻底删除 ${n} ${measure(kind)}${noun(kind)}？`,
  bulkRecoverWhat: (kind, n) =>
    kind === 'volume'
      ? `${n} 块数据云盘将恢复为卸载状态，每块运行一个 ZStack 任务。`
      : `${n} 个镜像将在所有删除它们的镜像服务器上恢复，每个运行一个 ZStack 任务。`,
  bulkExpungeWarning: (kind, n) =>
    `ZStack 将彻底删除这 ${n} ${measure(kind)}${noun(kind)}${kind === 'image' ? '（在所有已删除的镜像服务器上）' : ''}。此操作无法撤销。`,
  bulkRecoverButton: (kind, n) => `恢复 ${n} ${measure(kind)}${noun(kind)}`,
  bulkExpungeButton: (kind, n) => `彻底删除 ${n} ${measure(kind)}${noun(kind)}`,
};
