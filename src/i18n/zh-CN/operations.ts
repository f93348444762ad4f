import type { Messages } from '../en/index.ts';

export const operations: Messages['operations'] = {
  title: (action, resource, n, finished) => {
    const noun = { vm: `${n} 台云主机`, volume: `${n} 块数据云盘`, image: `${n} 个镜像` }[resource];
    return action === 'recover'
      ? finished
        ? `${noun}的恢复已结束`
        : `正在恢复${noun}`
      : finished
        ? `${noun}的彻底删除已结束`
        : `正在彻底删除${noun}`;
  },
  titleTogether: (vms, volumes, finished) =>
    finished
      ? `${vms} 台云主机及 ${volumes} 块数据云盘的恢复已结束`
      : `正在恢复 ${vms} 台云主机及 ${volumes} 块数据云盘`,
  progressLabel: '运行进度',
  counts: (c) =>
    `成功 ${c.done} · 失败 ${c.failed} · 进行中 ${c.running} · 等待中 ${c.waiting}` +
    (c.unknown > 0 ? ` · 结果未知 ${c.unknown}` : '') +
    (c.notStarted > 0 ? ` · 未启动 ${c.notStarted}` : '') +
    (c.paused > 0 ? ` · 等待重新登录 ${c.paused}` : ''),
  cancelledNote: '已取消：不再启动新任务；已在运行的任务已完成，并列在下方。',
  resultsLabel: (resource) =>
    ({ vm: '每台云主机的结果', volume: '每块数据云盘的结果', image: '每个镜像的结果' })[resource],
  columns: {
    name: (resource) => ({ vm: '云主机', volume: '数据云盘', image: '镜像' })[resource],
    uuid: 'UUID',
    job: '任务',
    state: (resource) =>
      ({ vm: '完成后云主机状态', volume: '完成后云盘就绪状态', image: '完成后镜像就绪状态' })[resource],
    errorCode: '错误码',
    reason: '原因',
  },
  outcome: {
    waiting: '等待中',
    running: '进行中',
    done: '成功',
    paused: '等待中：请重新登录',
    failed: '失败',
    startFailed: '已恢复，启动失败',
    attachFailed: '已恢复，挂载失败',
    ipFailed: '已恢复，未能设置 IP 地址',
    unknown: (resource) => `未知：请检查该${{ vm: '云主机', volume: '数据云盘', image: '镜像' }[resource]}`,
    cancelled: '未启动（已取消）',
    skipped: '未执行：其依赖的步骤失败',
  },
  details: '详情',
  hideDetails: '收起详情',
  showError: (name) => `${name} 的错误详情`,
  hideError: (name) => `收起 ${name} 的错误详情`,
  errorTitle: (name) => `${name} 失败`,
  paused: {
    text: (n) =>
      `登录已失效：管理节点或其前面的网关不再接受此会话。尚不确定${n === 1 ? '该任务' : `这 ${n} 个任务`}是否已执行。以同一账户重新登录后，控制台会继续跟踪同样的任务，不会重复发送。`,
    otherAccount: '以其他账户登录会隐藏此次运行；该账户重新登录后会继续。',
  },
  copyFailed: (n) => `复制失败列表（${n}）`,
  exportCsv: '导出 CSV',
  cancel: '取消其余任务',
  retryFailed: (n, onlyFailed) => (onlyFailed ? `重试 ${n} 个失败项` : `重试 ${n} 个未完成项`),
  dismiss: '从列表中移除',
};
