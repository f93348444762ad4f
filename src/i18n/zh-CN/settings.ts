import type { Messages } from '../en/index.ts';

export const settings: Messages['settings'] = {
  documentTitle: '设置 · ZStack',
  title: '设置',
  timeZoneTitle: '管理节点时区',
  timeZoneWhy:
    'ZStack 发送的时间（如“删除时间”）是管理节点的本地时间，不带时区。控制台需要知道管理节点的 UTC 偏移，才能按您的时区显示这些时间，并计算距自动彻底删除的剩余时间。',
  now: (offset, source) => `当前为 ${offset}，${source}。`,
  sources: {
    learned: '登录时从管理节点创建的会话中获知',
    configured: '在此页面手动设置',
    browser: '假定与浏览器所在时区相同（尚未获知）',
  },
  offsetLabel: '管理节点的 UTC 偏移',
  save: '保存',
  saved: (offset) => `管理节点时区已设为 ${offset}。`,
  concurrencyTitle: '批量操作',
  concurrencyWhy:
    '批量恢复或彻底删除时，每台云主机运行一个 ZStack 任务，同时运行的数量如下。数量越多越快；越少则对繁忙的管理节点越温和。',
  concurrencyLabel: '同时运行的任务数',
  concurrencyHelp: (min, max) => `${min} 到 ${max}。`,
  concurrencyInvalid: (min, max) => `请输入 ${min} 到 ${max} 之间的整数。`,
  concurrencySaved: (n) => `批量操作现在每次运行 ${n} 个任务。`,
};
