import type { Messages } from '../en/index.ts';

const ipRule = 'IP 地址在云主机启动时分配。';

export const vm: Messages['vm'] = {
  documentTitle: (title, state) => `${title}${state ? `（${state}）` : ''} · ZStack`,
  vm: '云主机',
  notFound: '找不到云主机',
  notFoundText: (uuid) =>
    `ZStack 中没有 UUID 为 ${uuid} 的云主机：它可能已被彻底删除，或者您的账户无权查看。已彻底删除的云主机无法恢复。`,
  vmHeading: (uuid) => `云主机 ${uuid}`,
  loadFailed: '无法加载此云主机',
  loading: '正在加载云主机',
  refresh: '刷新',
  refreshLabel: '刷新云主机详情',
  recoveredBack: (name) =>
    `${name} 已恢复，处于已停止状态。启动它以分配 IP 地址；如有需要，再在下方重新挂载其数据云盘。`,
  stoppedNote: '此云主机已停止。启动后，它会被放置到一台物理机上，其网卡也会分配到 IP 地址。',

  stateChip: (state) => `状态：${state}`,

  summaryTitle: '概览',
  summary: {
    name: '名称',
    uuid: 'UUID',
    state: '状态',
    description: '描述',
    platform: '平台',
    architecture: 'CPU 架构',
    guestOs: '操作系统',
    type: '类型',
    cpu: 'CPU',
    memory: '内存',
    hypervisor: '虚拟化类型',
    zone: '区域',
    cluster: '集群',
    host: '物理机',
    lastHost: '上次所在物理机',
    image: '镜像',
    instanceOffering: '计算规格',
    defaultL3Network: '默认三层网络',
    allocatorStrategy: '分配策略',
    created: '创建时间',
    lastOperation: '最后操作时间',
  },
  cpu: (count, mhz) => `${count} 个 vCPU${mhz ? `（${mhz} MHz）` : ''}`,
  copyUuid: (name) => `复制 ${name} 的 UUID`,
  uuidTooltip: (uuid) => `UUID：${uuid}`,
  scrollable: (label) => `${label}（可滚动）`,

  nicsTitle: '网卡',
  noNics: '此云主机没有网卡。',
  nicColumns: {
    device: '设备号',
    mac: 'MAC 地址',
    l3Network: '三层网络',
    ip: 'IP 地址',
    netmask: '子网掩码',
    gateway: '网关',
    driver: '驱动',
    type: '类型',
    state: '状态',
  },

  ipsTitle: 'IP 地址',
  ipColumns: {
    nic: '网卡',
    ip: 'IP 地址',
    version: '版本',
    netmask: '子网掩码',
    gateway: '网关',
    l3Network: '三层网络',
    ipRange: 'IP 地址段',
    usedFor: '用途',
  },
  ipVersion: (version) => `IPv${version}`,
  noIpsDestroyed: `无：此云主机被删除时，ZStack 已将其 IP 地址归还给所属网络。${ipRule}恢复后的云主机处于已停止状态，仍然没有 IP 地址，下次启动时分配到的 IP 地址可能与之前不同。`,
  noIpsStopped: `暂无。${ipRule}在此期间，其网卡保留各自的 MAC 地址。`,
  noIps: `无。${ipRule}`,

  start: '启动云主机',
  starting: '正在启动…',
  startFailed: (name) => `启动 ${name} 失败`,
  startProgress: {
    retrying: '启动过程中与 ZStack 失去联系，正在继续尝试（该任务只会执行一次）…',
    accepted: 'ZStack 正在启动云主机：正在选择物理机并分配 IP 地址…',
    sending: '正在发送请求…',
  },
  started: (name, state, ips) =>
    `${name} 已启动，当前状态为${state ?? '运行中'}${ips.length > 0 ? `，IP 地址：${ips.join('、')}` : ''}。`,

  volumesTitle: '云盘',
  rootDeletedNote: '根云盘已标记为已删除，但仍保留在其主存储上；恢复云主机会将它还原为就绪。',
  noVolumes: 'ZStack 未列出此云主机的任何云盘。',
  volumeColumns: {
    name: '名称',
    type: '类型',
    size: '容量',
    actualSize: '实际容量',
    format: '格式',
    status: '就绪状态',
    state: '启用状态',
    primaryStorage: '主存储',
    device: '设备号',
    shareable: '共享',
    installPath: '安装路径',
  },
  yes: '是',
  no: '否',
  copyInstallPath: (name) => `复制 ${name} 的安装路径`,

  deletedWith: {
    title: '随此云主机删除的数据云盘',
    description:
      '此节点在删除云主机时会一并删除其数据云盘。恢复云主机不会恢复它们：请在此恢复，再在上方挂载。',
    columns: { name: '名称', size: '容量', deleted: '删除时间', action: '操作' },
    recoverName: (name) => `恢复数据云盘 ${name}`,
    recovered: (name) => `${name} 已恢复，处于卸载状态：请在上方面板中挂载。`,
  },
  detachedTitle: '删除前挂载的数据云盘',
  detachedDescription: 'ZStack 删除云主机时会卸载其数据云盘，恢复云主机时不会重新挂载它们。',
  detachedColumns: {
    name: '名称',
    size: '容量',
    format: '格式',
    status: '就绪状态',
    primaryStorage: '主存储',
    detached: '卸载时间',
    action: '操作',
  },
  loadingDetached: '正在加载已卸载的数据云盘',
  detachedLoadFailed: '无法查询数据云盘',
  noDetached: '无：此云主机没有等待重新挂载的已卸载数据云盘。',
  reattach: '重新挂载',
  reattaching: '正在重新挂载…',
  reattachName: (name) => `重新挂载 ${name}`,
  reattachingName: (name) => `正在重新挂载 ${name}`,
  reattachFailed: (name) => `重新挂载 ${name} 失败`,
  reattached: (name, vmName, deviceId) =>
    `${name} 已重新挂载到 ${vmName}${deviceId === undefined ? '' : `，设备号为 ${deviceId}`}。`,
  attachBlocked: {
    destroyed: '此云主机已删除：请先从回收站恢复它，再在此处重新挂载其数据云盘。',
    transitional: (state) =>
      `云主机当前状态为${state}。待其变为运行中、已停止或已暂停后即可重新挂载数据云盘，请稍后刷新。`,
    other: (state) =>
      `云主机处于运行中、已停止或已暂停状态时才能重新挂载数据云盘；当前状态为${state ?? '未知'}。`,
  },

  preview: {
    title: '此云主机已删除',
    intro: '在被彻底删除之前，它会一直留在回收站中。从回收站恢复它将会：',
    comesBack: {
      before: '以',
      after: (rootVolume) =>
        `状态恢复（不会运行）${rootVolume ? `，其根云盘 ${rootVolume} 从已删除还原为就绪` : ''}；`,
    },
    noNics: '保持现状，不带任何网卡；',
    keepsNics: (count) =>
      `保留其 ${count} 块网卡及 MAC 地址，但启动前没有 IP 地址：IP 地址在云主机启动时分配，可能与之前不同；`,
    detachedUnknown: '删除时被卸载的数据云盘仍保持卸载；',
    noDetached: '不涉及任何数据云盘（没有等待它的已卸载数据云盘）；',
    detached: (names) =>
      `${names.length} 块数据云盘仍保持卸载（${names.join('、')}）：云主机恢复后，可在下方重新挂载；`,
    placement: (lastHost) =>
      `仅在启动时才将它放置到物理机上${lastHost ? `（它上次运行在 ${lastHost} 上）` : ''}。`,
  },
};
