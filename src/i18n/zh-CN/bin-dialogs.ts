import type { Messages } from '../en/index.ts';

export const binDialogs: Messages['binDialogs'] = {
  recoverTitle: (name) => `恢复 ${name}？`,
  recoverWhat: 'ZStack 将从回收站中恢复此云主机：',
  comesBack: { before: '恢复后为', after: '状态，根云盘一并恢复。' },
  nics: (count) =>
    `其${count === 1 ? '' : ` ${count} 块`}网卡保留原有 MAC 地址，但要在云主机启动时才会获得 IP 地址（可能与之前不同）。`,
  checkingVolumes: '正在检查删除前挂载的数据云盘…',
  detachedVolumes: (names) =>
    `删除时卸载的 ${names.length} 块数据云盘（${names.join('、')}）将保持卸载状态；您可以在云主机页面重新挂载。`,
  noDetachedVolumes: '删除时卸载的数据云盘将保持卸载状态（没有等待此云主机的数据云盘）。',
  startAfter: '恢复后启动云主机（启动后才会获得 IP 地址）',
  progress: {
    resending: '连接在 ZStack 应答前中断。正在重新发送同一请求（任务 ID 相同，因此只会执行一次）…',
    pollRetrying: '等待任务期间与 ZStack 失去联系。仍在重试…',
    recoveringAndStarting: 'ZStack 正在恢复云主机，随后将启动它…',
    recovering: 'ZStack 正在恢复云主机…',
    sending: '正在发送请求…',
  },
  recovered: (name, started, state, retried) =>
    `${name} 已恢复${started ? '并启动' : ''}。${state ? `当前状态：${state}。` : ''}${
      retried ? '途中连接曾中断，控制台已安全重试。' : ''
    }`,
  recoveredStartFailed: (name) => `${name} 已恢复，但启动失败。`,
  recoveredButStopped: (name) => `${name} 已恢复，当前为已停止状态。`,
  recoverFailed: (name) => `恢复 ${name} 失败`,
  startFailed: (name) => `启动 ${name} 失败`,
  openRecovered: '打开已恢复的云主机',
  stopWaiting: '不再等待',
  handedOver: (name) => `${name}：任务仍在管理节点上执行。应用栏中的“操作”会继续跟踪，并显示其结果。`,
  tryAgain: '重试',
  recoverAndStart: '恢复并启动',
  recoveredTitle: (name) => `${name} 已恢复`,
  where: {
    moved: (state) => `它已不在回收站中${state ? `：当前状态为${state}` : ''}。可能已有人恢复了它。`,
    gone: '它已被彻底删除：ZStack 中已不存在，无法恢复。',
    open: '打开',
  },
  permanent: '重试也会以同样的原因失败：请按上方的建议处理。',
  together: {
    checking: '正在检查随此云主机一起删除的数据云盘…',
    listLabel: '随此云主机一起删除的数据云盘',
    offer: (n, vm) => `同时恢复这 ${n} 块数据云盘，并重新挂载到 ${vm}`,
    stepsLabel: '恢复步骤',
    step: {
      'recover-vm': (name) => `恢复云主机 ${name}`,
      'recover-volume': (name) => `恢复数据云盘 ${name}`,
      'attach-volume': (name) => `重新挂载 ${name}`,
      'start-vm': (name) => `启动 ${name}`,
    },
    someFailed: '并非所有步骤都成功。已成功的步骤保持不变；重试只执行其余步骤。',
    stepFailed: (step) => `${step}失败`,
  },

  expungeTitle: (name) => `彻底删除 ${name}？`,
  expungeWarning: 'ZStack 将删除该云主机及其根云盘和网卡，且无法撤销。删除时卸载的数据云盘不受影响。',
  typeName: { before: '请输入云主机名称“', after: '”以确认。' },
  vmName: '云主机名称',
  nameMismatch: '名称尚不匹配',
  expungeFailed: (name) => `彻底删除 ${name} 失败`,
  expunging: '正在彻底删除…',
  expungeForGood: '彻底删除',
  expunged: (name) => `${name} 已彻底删除，无法再恢复。`,

  bulkRecoverTitle: (n) => `恢复 ${n} 台云主机？`,
  bulkExpungeTitle: (n) => `彻底删除 ${n} 台云主机？`,
  bulkChecking: '正在检查…',
  bulkPreviewFailed: '无法检查它们所属的账户。',
  bulkOfAccounts: (n, accounts) => `将从回收站恢复 ${accounts} 个账户的 ${n} 台云主机。`,
  bulkComeBackStopped: '每台云主机恢复后处于已停止状态，根云盘随之恢复；启动时才会分配 IP 地址。',
  bulkDetachedVolumes: (n) =>
    n === 0
      ? '没有等待这些云主机的已卸载数据云盘。'
      : `删除时卸载的 ${n} 块数据云盘将保持卸载状态；可在各云主机的页面重新挂载。`,
  bulkConcurrency: (n) => `ZStack 为每台云主机运行一个任务，每次 ${n} 个（可在设置中修改）。`,
  bulkStartAfter: '恢复后启动云主机（启动后获得 IP 地址）',
  bulkExpungeWarning: (n) =>
    `ZStack 将删除${n === 1 ? '这台云主机' : `这 ${n} 台云主机`}及其根云盘和网卡。此操作无法撤销。删除时卸载的数据云盘不受影响。`,
  bulkTypeCount: (formatted) => `请输入云主机数量 ${formatted} 以确认。`,
  bulkCountLabel: '云主机数量',
  bulkCountMismatch: '数量尚不匹配',
  bulkRecoverButton: (n) => `恢复 ${n} 台云主机`,
  bulkRecoverAndStartButton: (n) => `恢复并启动 ${n} 台云主机`,
  bulkExpungeButton: (n) => `彻底删除 ${n} 台云主机`,
};
