import type { Messages } from '../en/index.ts';

export const session: Messages['session'] = {
  documentTitle: '登录 · ZStack 回收站',
  title: '登录 ZStack 回收站',
  intro: '请使用您的 ZStack 账户登录。登录后，将列出您有权查看的已删除云主机。',
  expired: '您的会话已过期。请重新登录，以返回之前所在的页面。',
  accountName: '账户名',
  password: '密码',
  signInFailed: '登录失败',
  signingIn: '正在登录…',
  signIn: '登录',
  again: {
    title: '请重新登录以继续',
    action:
      '登录已失效：管理节点或其前面的网关不再接受此会话。尚不确定该任务是否已执行。以同一账户重新登录后，控制台会继续跟踪同一任务，不会重复发送。',
    signIn: '登录并继续',
    signingIn: '正在登录…',
    failed: '登录失败',
  },
  logoutUnconfirmed: '您已退出本控制台，但未能通知管理节点。该会话在管理节点上仍然有效，直到超时失效。',
};
