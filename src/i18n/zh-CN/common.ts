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
};
