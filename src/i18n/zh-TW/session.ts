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
  again: {
    title: '請重新登入以繼續',
    action:
      '登入已失效：管理節點或其前方的閘道不再接受這個工作階段。尚無法確定這項任務是否已執行。以同一個帳戶重新登入後，主控台會繼續追蹤同一項任務，不會重複送出。',
    signIn: '登入並繼續',
    signingIn: '正在登入…',
    failed: '登入失敗',
  },
  logoutUnconfirmed:
    '您已登出本主控台，但未能通知管理節點。此工作階段在管理節點上仍然有效，直到逾時失效為止。',
};
