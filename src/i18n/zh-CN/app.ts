import type { Messages } from '../en/index.ts';

export const app: Messages['app'] = {
  productName: 'ZStack 回收站',
  skipToContent: '跳到主要内容',
  mainNav: '主导航',
  navRecycleBin: '回收站',
  navSettings: '设置',
  navRetention: '保留策略',
  navEvents: '删除事件',
  expiring: (n) => `${n} 项即将彻底删除`,
  expiringLabel: (n, lead) => `即将彻底删除：${lead}内将彻底删除 ${n} 项`,
  pausedBanner: '自动彻底删除已暂停',
  pausedDetail: (kinds, since, by) =>
    `在恢复之前，${kinds}回收站中的资源都不会被自动彻底删除` +
    (since ? `；${by ? `由 ${by} ` : ''}于 ${since} 暂停` : '') +
    '。',
  pausedKinds: { vm: '云主机', volume: '数据云盘', image: '镜像' },
  pausedLink: '查看保留策略',
  menu: '菜单',
  signedInAs: '当前登录：',
  adminSuffix: '（管理员）',
  signOut: '退出登录',
  themeLabel: (current, next) => {
    const name = { system: '跟随系统', light: '浅色', dark: '深色' };
    return `主题：${name[current]}。切换为${next === 'system' ? '跟随系统' : name[next]}`;
  },
  crashTitle: '出错了',
  crashFallback: '发生了意外错误。',
  backToRecycleBin: '返回回收站',
  notFoundTitle: '页面不存在',
  notFoundText: '此地址没有对应的页面。',
  loading: '加载中',
  loadingPage: (what) => `正在加载${what}`,
  couldNotLoadPart: (what) => `无法加载${what}。可能是网络中断，或控制台刚刚更新。`,
  parts: {
    signInPage: '登录页面',
    vmPage: '云主机页面',
    retentionPage: '保留策略页面',
    expiringPage: '即将彻底删除视图',
    eventsPage: '删除事件页面',
    eventPage: '删除事件详情',
    restorePlanPage: '恢复计划',
    settingsPage: '设置页面',
    recoverDialog: '恢复对话框',
    expungeDialog: '彻底删除对话框',
    bulkDialog: '批量操作对话框',
    binPage: '此回收站',
    resourcePage: '此页面',
    operationsDialog: '操作结果',
  },
  backgroundRefreshFailed: (headline) => `刷新失败：${headline}`,
  operationsIndicator: (settled, total, running, failed, unknown) =>
    (running ? `操作：已完成 ${settled}/${total}` : `操作：已结束（${settled}/${total}）`) +
    (failed > 0 ? `，${failed} 个失败` : '') +
    (unknown > 0 ? `，${unknown} 个结果未知` : ''),
  operationsIndicatorShort: (settled, total, failed, unknown) =>
    `${settled}/${total}` +
    (failed > 0 ? ` · ${failed} 个失败` : '') +
    (unknown > 0 ? ` · ${unknown} 个未知` : ''),
  operationsFinished: (action, done, failed, unknown) =>
    `${action === 'recover' ? '恢复' : '彻底删除'}已结束：${done} 台${action === 'recover' ? '已恢复' : '已彻底删除'}，${failed} 台失败` +
    (unknown > 0 ? `，${unknown} 台结果未知（请先检查再重试）。` : '。'),
};
