import type { Messages } from '../en/index.ts';

const join = (parts: string[]) => parts.filter((s) => s !== '').join('，');

export const restore: Messages['restore'] = {
  documentTitle: '恢复计划 · ZStack',
  title: '恢复计划',
  intro:
    '一起恢复这些已删除资源会发生什么：在执行任何操作之前，先用只读调用检查。可以排除不想恢复的项；必定失败的项一开始就已排除。',
  fromEvent: (id) => `来自删除事件 ${id}。`,
  loading: '正在检查恢复会遇到的问题…',
  loadFailed: '无法检查此计划。',
  checkAgain: '重新检查',
  empty: '没有可恢复的项：地址中没有已删除的资源。',
  tableLabel: '恢复计划中的项',
  columns: { include: '包含', item: '项', plan: '将会执行', marks: '检查结果' },
  include: (name) => `包含 ${name}`,
  kinds: { vm: '云主机', volume: '数据云盘', image: '镜像' },
  steps: {
    vm: '恢复',
    vmStart: '恢复，云盘挂载后启动',
    volume: '恢复；保持未挂载',
    attach: (vm) => `恢复，然后挂载到 ${vm}`,
    image: '在已删除它的每个镜像服务器上恢复',
    leftOut: '已排除',
  },
  severity: { fails: '将失败', partial: '部分完成', note: '提示', unknown: '未检查' },
  markLine: (severity, text) => `${severity}：${text}`,
  marks: {
    quota: (quota, account, total, used, asked, failing) =>
      `账户 ${account} 的配额 ${quota}：已用 ${used}，共 ${total}，因此本计划的 ${asked} 项中有 ${failing} 项将失败。请排除 ${failing} 项，或请管理员提高配额。`,
    quotaUnknown: (quota) => `无法读取配额 ${quota}：此恢复可能因配额失败。`,
    hostGone: (storage) =>
      `其根云盘位于本地存储 ${storage} 上，而存放它的物理机已被删除：ZStack 会拒绝恢复。请排除此项。`,
    storage: (storage, status, state) =>
      `主存储 ${storage} 处于 ${[status, state].filter((s) => s !== '').join('、')}：可以恢复，但在主存储恢复之前，启动或挂载都会失败。`,
    nameTaken: (name, count) =>
      `另有 ${count} 台运行中的云主机也名为 ${name}。ZStack 允许重名；如会混淆，恢复后请改名。`,
    staysDetached: (vm, why, state) =>
      why === 'gone'
        ? `其云主机 ${vm} 既不在本计划中，也不在使用中：它将保持未挂载。恢复后请在其页面挂载。`
        : why === 'state'
          ? `其云主机 ${vm} 处于 ${state ?? '其他状态'}，现在无法挂载云盘：它将保持未挂载。`
          : why === 'left-out'
            ? `其云主机 ${vm} 已从本计划排除：它将保持未挂载。包含该云主机即可挂载。`
            : `其云主机 ${vm} 预计会失败：它将保持未挂载。`,
    backupStorage: (gone, of) =>
      gone === of
        ? '删除它的镜像服务器都已不存在：ZStack 无法恢复它。请排除此项。'
        : `删除它的 ${of} 个镜像服务器中 ${gone} 个已不存在：只会在其余镜像服务器上恢复。`,
    notDeleted: (state) => `它已不在回收站中（${state || '状态未知'}）：无需恢复。请排除此项。`,
    notFound: '未找到：已被彻底删除，或此账户看不到它。请排除此项。',
    checkFailed: (check) =>
      ({
        storage: '无法读取主存储：不知道它是否可用。',
        names: '未检查是否有同名的运行中云主机。',
        vms: '无法读取它上次挂载的云主机：不知道会挂载回哪里。',
        'local-storage': '无法读取其本地存储所在的物理机是否仍然存在。',
      })[check],
  },
  cannotKnowTitle: '此计划无法预知的情况',
  cannotKnow: [
    '每台云主机启动时是否有物理机有足够资源（CPU、内存），以及启动时检查的运行中云主机配额。',
    '从检查到执行之间他人所做的更改：执行时按 ZStack 的应答报告每一步。',
  ],
  summary: (items, failing) => `共 ${items} 项待恢复${failing > 0 ? `，预计 ${failing} 项失败` : ''}。`,
  startAfter: '云盘挂载后启动云主机',
  ipLabel: (name) => `${name} 原来的 IP 地址（可选）`,
  ipHelp: '来自工单：执行前向 ZStack 检查，并在首次启动前设置。',
  ipInvalid: '请输入 IPv4 地址，例如 10.0.0.12。',
  ipUnavailable: (ip, reason) => `无法使用 ${ip}：${reason || '不可用'}。`,
  ipCheckFailed: (ip) => `无法检查 ${ip}。`,
  restore: (n) => (n === 0 ? '恢复' : `恢复 ${n} 项`),
  restoring: '正在检查 IP 地址…',
  runTitle: '恢复任务',
  showResults: '查看结果',
  running: (done, total) => `正在恢复：已完成 ${total} 步中的 ${done} 步。`,
  result: (r) =>
    join([
      r.vms > 0 ? `${r.vms} 台云主机中 ${r.vmsUp} 台${r.started ? '运行中' : '已恢复'}` : '',
      r.volumes > 0 ? `${r.volumes} 块云盘中 ${r.attached} 块已重新挂载` : '',
      r.failed > 0 ? `${r.failed} 项失败：${r.reasons}` : '',
      r.unknown > 0 ? `${r.unknown} 项结果未知（重试前请先检查）` : '',
    ]) + '。',
  reasonQuota: '配额',
  reasonOther: '其他',
};
