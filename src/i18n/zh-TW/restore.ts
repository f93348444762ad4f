import type { Messages } from '../en/index.ts';

const join = (parts: string[]) => parts.filter((s) => s !== '').join('，');

export const restore: Messages['restore'] = {
  documentTitle: '恢復計畫 · ZStack',
  title: '恢復計畫',
  intro:
    '一起恢復這些已刪除資源會發生什麼：在執行任何操作之前，先以唯讀呼叫檢查。可以排除不想恢復的項目；必定失敗的項目一開始就已排除。',
  fromEvent: (id) => `來自刪除事件 ${id}。`,
  loading: '正在檢查恢復會遇到的問題…',
  loadFailed: '無法檢查此計畫。',
  checkAgain: '重新檢查',
  empty: '沒有可恢復的項目：網址中沒有已刪除的資源。',
  tableLabel: '恢復計畫中的項目',
  columns: { include: '包含', item: '項目', plan: '將會執行', marks: '檢查結果' },
  include: (name) => `包含 ${name}`,
  kinds: { vm: '雲主機', volume: '數據磁碟', image: '映像檔' },
  steps: {
    vm: '恢復',
    vmStart: '恢復，雲磁碟掛載後啟動',
    volume: '恢復；保持未掛載',
    attach: (vm) => `恢復，然後掛載到 ${vm}`,
    image: '在已刪除它的每個備份儲存上恢復',
    leftOut: '已排除',
  },
  severity: { fails: '將失敗', partial: '部分完成', note: '提示', unknown: '未檢查' },
  markLine: (severity, text) => `${severity}：${text}`,
  marks: {
    quota: (quota, account, total, used, asked, failing) =>
      `帳戶 ${account} 的配額 ${quota}：已用 ${used}，共 ${total}，因此本計畫的 ${asked} 項中有 ${failing} 項將失敗。請排除 ${failing} 項，或請管理員提高配額。`,
    quotaUnknown: (quota) => `無法讀取配額 ${quota}：此恢復可能因配額失敗。`,
    hostGone: (storage) =>
      `其根雲磁碟位於本機儲存 ${storage} 上，而存放它的實體機已被刪除：ZStack 會拒絕恢復。請排除此項目。`,
    storage: (storage, status, state) =>
      `主儲存 ${storage} 處於 ${[status, state].filter((s) => s !== '').join('、')}：可以恢復，但在主儲存恢復之前，啟動或掛載都會失敗。`,
    nameTaken: (name, count) =>
      `另有 ${count} 台執行中的雲主機也名為 ${name}。ZStack 允許重名；如會混淆，恢復後請改名。`,
    staysDetached: (vm, why, state) =>
      why === 'gone'
        ? `其雲主機 ${vm} 既不在本計畫中，也不在使用中：它將保持未掛載。恢復後請在其頁面掛載。`
        : why === 'state'
          ? `其雲主機 ${vm} 處於 ${state ?? '其他狀態'}，現在無法掛載雲磁碟：它將保持未掛載。`
          : why === 'left-out'
            ? `其雲主機 ${vm} 已從本計畫排除：它將保持未掛載。包含該雲主機即可掛載。`
            : `其雲主機 ${vm} 預計會失敗：它將保持未掛載。`,
    backupStorage: (gone, of) =>
      gone === of
        ? '刪除它的備份儲存都已不存在：ZStack 無法恢復它。請排除此項目。'
        : `刪除它的 ${of} 個備份儲存中有 ${gone} 個已不存在：只會在其餘備份儲存上恢復。`,
    notDeleted: (state) => `它已不在資源回收筒中（${state || '狀態不明'}）：無需恢復。請排除此項目。`,
    notFound: '找不到：已被徹底刪除，或此帳戶看不到它。請排除此項目。',
    checkFailed: (check) =>
      ({
        storage: '無法讀取主儲存：不知道它是否可用。',
        names: '未檢查是否有同名的執行中雲主機。',
        vms: '無法讀取它上次掛載的雲主機：不知道會掛載回哪裡。',
        'local-storage': '無法讀取其本機儲存所在的實體機是否仍然存在。',
      })[check],
  },
  cannotKnowTitle: '此計畫無法預知的情況',
  cannotKnow: [
    '每台雲主機啟動時是否有實體機有足夠資源（CPU、記憶體），以及啟動時檢查的執行中雲主機配額。',
    '從檢查到執行之間他人所做的變更：執行時依 ZStack 的回應報告每一步。',
  ],
  summary: (items, failing) => `共 ${items} 項待恢復${failing > 0 ? `，預計 ${failing} 項失敗` : ''}。`,
  startAfter: '雲磁碟掛載後啟動雲主機',
  ipLabel: (name) => `${name} 原本的 IP 位址（選填）`,
  ipHelp: '來自工單：執行前向 ZStack 檢查，並在首次啟動前設定。',
  ipInvalid: '請輸入 IPv4 位址，例如 10.0.0.12。',
  ipUnavailable: (ip, reason) => `無法使用 ${ip}：${reason || '不可用'}。`,
  ipCheckFailed: (ip) => `無法檢查 ${ip}。`,
  restore: (n) => (n === 0 ? '恢復' : `恢復 ${n} 項`),
  restoring: '正在檢查 IP 位址…',
  runTitle: '恢復作業',
  showResults: '檢視結果',
  running: (done, total) => `正在恢復：${total} 步中已完成 ${done} 步。`,
  result: (r) =>
    join([
      r.vms > 0 ? `${r.vms} 台雲主機中 ${r.vmsUp} 台${r.started ? '執行中' : '已恢復'}` : '',
      r.volumes > 0 ? `${r.volumes} 個雲磁碟中 ${r.attached} 個已重新掛載` : '',
      r.failed > 0 ? `${r.failed} 項失敗：${r.reasons}` : '',
      r.unknown > 0 ? `${r.unknown} 項結果不明（重試前請先檢查）` : '',
    ]) + '。',
  reasonQuota: '配額',
  reasonOther: '其他',
};
