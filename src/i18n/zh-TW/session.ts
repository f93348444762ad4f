import type { Messages } from '../en/index.ts';

export const session: Messages['session'] = {
  documentTitle: '登入 · ZStack 資源回收筒',
  title: '登入 ZStack 資源回收筒',
  intro: '請使用您的 ZStack 帳戶。登入後，會列出您有權檢視的已刪除雲主機。',
  expired: '您的工作階段已過期。請重新登入，即可回到原本的頁面。',
  accountName: '帳戶名稱',
  password: '密碼',
  signInFailed: '登入失敗',
  signingIn: '正在登入…',
  signIn: '登入',
  logoutUnconfirmed:
    '您已登出本主控台，但未能通知管理節點。此工作階段在管理節點上仍然有效，直到逾時失效為止。',
};
