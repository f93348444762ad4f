import type { Messages } from '../en/index.ts';

export const common: Messages['common'] = {
  retry: '重试',
  close: '关闭',
  cancel: '取消',
  copied: '已复制',
  copiedToClipboard: '已复制到剪贴板',
  copyRefused: '浏览器不允许复制到剪贴板',
  clearSearch: '清除搜索内容',
  pages: '分页',
  previousPage: '上一页',
  nextPage: '下一页',
  range: (from, to, total) => `第 ${from}–${to} 条，共 ${total} 条`,
  languageLabel: 'Language / 语言',
  languageNames: { en: 'English', 'zh-CN': '简体中文' },
  deletedBy: '删除者',
  unknownOperator: '未知操作者',
  deletedFrom: (ip, time) => `来自 ${ip}，${time}`,
  notRecorded: '此 ZStack 版本没有审计日志，未记录删除者。',
  auditDenied: '您的账户无权读取审计日志，因此不显示删除者。',
  notInAudit: '审计日志中无记录',
};
