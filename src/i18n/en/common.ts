// Words shared by many screens.
export const common = {
  retry: 'Retry',
  close: 'Close',
  cancel: 'Cancel',
  copied: 'Copied',
  copiedToClipboard: 'Copied to the clipboard',
  copyRefused: 'The browser did not allow copying to the clipboard',
  clearSearch: 'Clear search text',
  pages: 'Pages',
  previousPage: 'Go to previous page',
  nextPage: 'Go to next page',
  range: (from: number, to: number, total: number) => `${from}–${to} of ${total}`,
  /** The language control's name reads in both languages, so anyone can find it. */
  languageLabel: 'Language / 语言',
  languageNames: { en: 'English', 'zh-CN': '简体中文' },
  // Who deleted it (ZStack Cloud's audit log).
  deletedBy: 'Deleted by',
  unknownOperator: 'Unknown operator',
  deletedFrom: (ip: string, time: string) => `from ${ip}, ${time}`,
  notRecorded: 'Who deleted these is not recorded by this ZStack edition (it has no audit log).',
  auditDenied: 'Your account may not read the audit log, so who deleted these is not shown.',
  notInAudit: 'Not in the audit log',
};
