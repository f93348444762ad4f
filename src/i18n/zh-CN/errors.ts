import type { Messages } from '../en/index.ts';

export const errors: Messages['errors'] = {
  sessionExpired: { headline: '您的会话已过期。', advice: '请重新登录后继续。' },
  wrongPassword: { headline: '账户名或密码错误。', advice: '请检查后重试。' },
  tooManySessions: {
    headline: '此账户打开的会话过多。',
    advice: '请在其他地方退出登录，或等待旧会话过期后重试。',
  },
  mustChangePassword: { headline: '此账户必须先修改初始密码。' },
  quota: (subject) =>
    ({
      vm: {
        headline: '该云主机所属账户的云主机配额已用完，因此无法恢复。',
        advice: '请联系管理员提高该账户的 vm.totalNum 配额，或删除该账户的其他云主机。',
      },
      volume: {
        headline: '该数据云盘所属账户的数据云盘数量配额已用完，因此无法恢复。',
        advice: '请联系管理员提高该账户的 volume.data.num 配额，或删除该账户的其他数据云盘。',
      },
      image: {
        headline: '该镜像所属账户的镜像容量配额已用完，因此无法恢复。',
        advice: '请联系管理员提高该账户的 image.size 配额，或彻底删除该账户的其他镜像。',
      },
    })[subject],
  permission: (subject) =>
    subject === 'config'
      ? {
          headline: '您的账户无权执行此操作：只有管理员可以修改全局设置。',
          advice: '请联系管理员修改。保留策略保持不变。',
        }
      : {
          headline: '您的账户无权执行此操作。',
          advice: `请联系管理员或该${{ vm: '云主机', volume: '数据云盘', image: '镜像' }[subject]}的所有者。`,
        },
  notInBin: (state) => ({
    headline: `此云主机已不在回收站中${state ? `：当前状态为 ${state}` : ''}。`,
    advice: '可能已有其他人恢复或修改了它。列表已刷新。',
  }),
  cannotStart: (state) => ({
    headline: `ZStack 无法启动此云主机${state ? `（当前状态：${state}）` : ''}。`,
    advice: '云主机只能从已停止、已崩溃或已创建状态启动。请刷新页面查看其当前状态。',
  }),
  cannotAttach: (state) => ({
    headline: `ZStack 无法将数据云盘挂载到此云主机${state ? `（当前状态：${state}）` : ''}。`,
    advice: '数据云盘只能挂载到运行中、已停止或已暂停的云主机。请选择其他云主机或稍后再试。',
  }),
  gone: (subject) => ({
    headline: `此${{ vm: '云主机', volume: '数据云盘', image: '镜像' }[subject]}已不存在：它已被彻底删除。`,
    advice: '无法恢复。列表已刷新。',
  }),
  hostDeleted: {
    headline: '存放此云主机云盘的物理机已被删除，因此无法恢复。',
    advice: '云盘位于该物理机的本地存储上。管理员或许可以从备份中还原。',
  },
  noHost: {
    headline: '没有物理机有足够资源启动此云主机。',
    advice: '云主机已恢复，但仍处于已停止状态。请释放资源或稍后再启动。',
  },
  zstackTimeout: { headline: 'ZStack 执行此操作超时。', advice: '请稍后重试。' },
  generic: { headline: 'ZStack 无法完成此操作。' },
  console: { headline: '控制台内部出错。' },
  network: {
    headline: '控制台无法连接 ZStack 管理节点。',
    advice: '请检查网络或管理节点是否在运行，然后重试。',
  },
  proxy: {
    headline: 'ZStack 前面的代理返回了错误，而不是 ZStack 的应答。',
    advice: '管理节点可能已停止或正在重启。请稍后重试。',
  },
  foreign: {
    headline: 'ZStack 前面的组件代替 ZStack 作了应答，通常是那里的登录已失效。',
    advice: '无法确定操作是否已执行。请重新登录后重试：控制台会继续跟踪同一个任务，不会重复执行。',
  },
  malformed: {
    headline: 'ZStack 返回了控制台无法理解的应答。',
    advice: '请复制错误信息附在工单中。',
  },
  timeout: {
    headline: '操作耗时过长。',
    advice: '它可能仍会在 ZStack 上完成。重试会继续跟踪同一个任务，而不会新建任务；请刷新查看状态。',
  },
  jobExpired: {
    headline: 'ZStack 已不再保留此任务的记录。',
    advice: '任务结束时间过久或节点已重启。请刷新查看当前状态。',
  },
  aborted: { headline: '已取消。' },
  http: { headline: 'ZStack 拒绝了该请求。', advice: '请复制错误信息附在工单中。' },
  kinds: {
    http: '管理节点拒绝了该请求',
    proxy: '控制台与 ZStack 之间的代理代替 ZStack 作了应答',
    foreign: 'ZStack 前面的组件代替 ZStack 作了应答',
    network: '无法连接管理节点',
    malformed: 'ZStack 返回的应答无法读取',
    timeout: '操作未能按时完成',
    'job-expired': '管理节点上的任务记录已过期',
    aborted: '请求已取消',
  },
  titled: (title, headline) => `${title}：${headline}`,
  levelError: (code) => `错误 ${code}`,
  levelCause: (code) => `根错误 ${code}`,
  details: '详情',
  explanation: '说明',
  failedIn: '出错位置',
  extra: '附加信息',
  showCauses: (open, count, code) =>
    `${open ? '隐藏' : '显示'} ${code} 的${count === 1 ? '' : ` ${count} 个`}原因`,
  moreLevels: (count) => `… 还有 ${count} 层（见复制的错误信息）`,
  job: (uuid) => `任务 ${uuid}`,
  copyError: '复制错误信息',
  errorCopied: '错误信息已复制到剪贴板',
};
