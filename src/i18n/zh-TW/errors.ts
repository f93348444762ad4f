import type { Messages } from '../en/index.ts';

const noun = { vm: '雲主機', volume: '數據磁碟', image: '映像檔' } as const;

export const errors: Messages['errors'] = {
  sessionExpired: { headline: '您的工作階段已過期。', advice: '請重新登入後繼續。' },
  wrongPassword: { headline: '帳戶名稱或密碼錯誤。', advice: '請檢查兩者後再試一次。' },
  tooManySessions: {
    headline: '這個帳戶開啟的工作階段過多。',
    advice: '請在其他地方登出，或等待舊的工作階段過期後再試一次。',
  },
  mustChangePassword: { headline: '這個帳戶必須先變更初始密碼。' },
  quota: (subject) =>
    ({
      vm: {
        headline: '擁有這台雲主機的帳戶已達雲主機配額上限，因此無法恢復。',
        advice: '請管理員提高該帳戶的 vm.totalNum 配額，或刪除該帳戶的其他雲主機。',
      },
      volume: {
        headline: '擁有這個數據磁碟的帳戶已達數據磁碟數量配額上限，因此無法恢復。',
        advice: '請管理員提高該帳戶的 volume.data.num 配額，或刪除該帳戶的其他數據磁碟。',
      },
      image: {
        headline: '擁有這個映像檔的帳戶已達映像檔容量配額上限，因此無法恢復。',
        advice: '請管理員提高該帳戶的 image.size 配額，或徹底刪除該帳戶的其他映像檔。',
      },
    })[subject],
  permission: (subject) =>
    subject === 'config'
      ? {
          headline: '您的帳戶無權執行這項操作：只有管理員可以變更全域設定。',
          advice: '請洽詢管理員進行變更。保留原則維持不變。',
        }
      : {
          headline: '您的帳戶無權執行這項操作。',
          advice: `請洽詢管理員或該${noun[subject]}的擁有者。`,
        },
  notInBin: (state) => ({
    headline: `這台雲主機已不在資源回收筒中${state ? `：目前狀態為${state}` : ''}。`,
    advice: '可能已有其他人恢復或變更了它。清單已重新整理。',
  }),
  cannotStart: (state) => ({
    headline: `ZStack 無法啟動這台雲主機${state ? `（目前狀態：${state}）` : ''}。`,
    advice: '雲主機只能從已停止、已當機或已建立狀態啟動。請重新整理頁面查看它目前的狀態。',
  }),
  cannotAttach: (state) => ({
    headline: `ZStack 無法將數據磁碟掛載到這台雲主機${state ? `（目前狀態：${state}）` : ''}。`,
    advice: '數據磁碟只能掛載到執行中、已停止或已暫停的雲主機。請選擇其他雲主機或稍後再試。',
  }),
  gone: (subject) => ({
    headline: `這個${noun[subject]}已不存在：它已被徹底刪除。`,
    advice: '無法恢復。清單已重新整理。',
  }),
  hostDeleted: {
    headline: '存放這台雲主機磁碟的實體機已被移除，因此無法恢復。',
    advice: '磁碟位於該實體機的本機儲存上。管理員或許能從備份還原。',
  },
  noHost: {
    headline: '沒有實體機有足夠的資源啟動這台雲主機。',
    advice: '雲主機仍已恢復，但處於已停止狀態。請釋出容量，或稍後再啟動。',
  },
  zstackTimeout: { headline: 'ZStack 執行這項操作時逾時。', advice: '請稍後再試一次。' },
  generic: { headline: 'ZStack 無法完成這項操作。' },
  console: { headline: '主控台內部發生錯誤。' },
  network: {
    headline: '主控台無法連線到 ZStack 管理節點。',
    advice: '請檢查網路，或管理節點是否正在執行，然後再試一次。',
  },
  proxy: {
    headline: 'ZStack 前方的代理伺服器回傳了錯誤，而不是 ZStack 的回應。',
    advice: '管理節點可能已停止或正在重新啟動。請稍後再試一次。',
  },
  foreign: {
    headline: 'ZStack 前方的元件代替 ZStack 做出回應，通常是那裡的登入已失效。',
    advice: '無法確定操作是否已執行。請重新登入後再試一次：主控台會繼續追蹤同一個任務，不會重複執行。',
  },
  malformed: {
    headline: 'ZStack 回傳了主控台無法理解的回應。',
    advice: '請複製錯誤內容，附在您的支援工單中。',
  },
  timeout: {
    headline: '操作花費的時間過長。',
    advice: '它可能仍會在 ZStack 上完成。請重新整理以查看目前狀態。',
  },
  jobExpired: {
    headline: 'ZStack 已不再保留這項任務的紀錄。',
    advice: '任務結束太久，或節點已重新啟動。請重新整理以查看目前狀態。',
  },
  aborted: { headline: '已取消。' },
  http: { headline: 'ZStack 拒絕了這項請求。', advice: '請複製錯誤內容，附在您的支援工單中。' },
  kinds: {
    http: '管理節點拒絕了這項請求',
    proxy: '主控台與 ZStack 之間的代理伺服器代替 ZStack 做出回應',
    foreign: 'ZStack 前方的元件代替 ZStack 做出回應',
    network: '無法連線到管理節點',
    malformed: 'ZStack 回傳的回應無法讀取',
    timeout: '操作未能在時限內完成',
    'job-expired': '管理節點上的任務紀錄已過期',
    aborted: '請求已取消',
  },
  titled: (title, headline) => `${title}：${headline}`,
  levelError: (code) => `錯誤 ${code}`,
  levelCause: (code) => `起因：${code}`,
  details: '詳細資料',
  explanation: '說明',
  failedIn: '失敗位置',
  extra: '附加資訊',
  showCauses: (open, count, code) =>
    `${open ? '隱藏' : '顯示'} ${code} 的${count === 1 ? '' : ` ${count} 個`}原因`,
  moreLevels: (count) => `… 還有 ${count} 層（見複製的錯誤內容）`,
  job: (uuid) => `任務 ${uuid}`,
  copyError: '複製錯誤內容',
  errorCopied: '錯誤內容已複製到剪貼簿',
};
