// Every zh-TW message, rendered with sample values, is read for characters that exist only in Simplified Chinese and
// for mainland words written in Traditional characters: the catalog is written for Taiwan, not converted from zh-CN.
import { describe, expect, it } from 'vitest';
import type { Messages } from '../../../src/i18n/en/index.ts';
import { zhCN } from '../../../src/i18n/zh-CN/index.ts';
import { zhTW } from '../../../src/i18n/zh-TW/index.ts';
import { simplifiedIn, simplifiedTableSize } from '../../support/simplified.ts';

// Arguments a message may take: resource kinds, actions, theme names, search kinds, counts, flags, name lists, the
// intro's expunge period and the run counts. Every combination is tried up to four arguments (a message given a
// value of the wrong kind throws or says less, and another combination covers it).
const SAMPLES: readonly unknown[] = [
  'vm',
  'volume',
  'image',
  'recover',
  'expunge',
  'system',
  'light',
  'dark',
  'uuid',
  'mac',
  'web-01',
  0,
  1,
  3,
  true,
  false,
  undefined,
  ['data-web-01', 'data-web-02'],
  { never: true },
  { period: '7 天' },
  { done: 1, failed: 2, running: 3, waiting: 4 },
];

const byArity: unknown[][][] = [[[]]];
function argumentLists(arity: number): unknown[][] {
  for (let i = byArity.length; i <= Math.min(arity, 4); i += 1)
    byArity.push((byArity[i - 1] ?? []).flatMap((list) => SAMPLES.map((value) => [...list, value])));
  return byArity[Math.min(arity, 4)] ?? [];
}

/** Every text each message can show, by the message's path ("vm.preview.detached"). */
function texts(node: unknown, path: string, out: Map<string, Set<string>>): void {
  const add = (text: string) => {
    const set = out.get(path) ?? new Set<string>();
    set.add(text);
    out.set(path, set);
  };
  if (typeof node === 'string') add(node);
  else if (typeof node === 'function') {
    for (const args of argumentLists(node.length)) {
      let result: unknown;
      try {
        result = (node as (...a: unknown[]) => unknown)(...args);
      } catch {
        continue; // a sample of the wrong kind (a number where names are joined)
      }
      texts(result, path, out);
    }
  } else if (Array.isArray(node)) for (const item of node) texts(item, path, out);
  else if (node !== null && typeof node === 'object')
    for (const [key, value] of Object.entries(node)) texts(value, path ? `${path}.${key}` : key, out);
}

function catalogTexts(catalog: Messages | object): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  texts(catalog, '', out);
  return out;
}

const zhTwTexts = catalogTexts(zhTW);
const zhCnTexts = catalogTexts(zhCN);
const allZhTw = [...zhTwTexts.values()].flatMap((set) => [...set]).join('\n');

describe('the zh-TW catalog', () => {
  it('renders a text for every message, its functions included', () => {
    const withText = [...zhTwTexts.keys()];
    const expected = [...zhCnTexts.keys()];
    expect(withText.sort()).toEqual(expected.sort());
    expect(expected.length).toBeGreaterThan(400);
  });

  it('has no character that exists only in Simplified Chinese, in any message', () => {
    const found = [...zhTwTexts].flatMap(([path, set]) => {
      const hits = simplifiedIn([...set].join('\n'));
      return hits.length > 0 ? [`${path}: ${hits.join(' ')}`] : [];
    });
    expect(found).toEqual([]);
  });

  it('writes ZStack’s Traditional terms, and Taiwan’s words where ZStack has none', () => {
    const terms = ['雲主機', '雲磁碟', '數據磁碟', '映像檔', '恢復', '徹底刪除', '刪除', '啟動', '網路卡'];
    terms.push('L3 網路', '主儲存', '備份儲存', '實體機', '叢集', '區域');
    terms.push('帳戶', '設定', '搜尋', '複製', '重新整理', '繁體中文');
    expect(terms.filter((term) => !allZhTw.includes(term))).toEqual([]);
  });

  it('has none of the mainland words a character-by-character conversion of zh-CN would leave', () => {
    const mainland = ['雲盤', '鏡像', '網卡', '網絡', '物理機', '集群', '存儲', '服務器', '賬戶', '設置'];
    mainland.push('搜索', '刷新', '信息', '默認', '用戶', '內存', '加載', '登錄', '剪貼板', '對話框', '批量');
    mainland.push('超時', '操作系統', '創建', '運行', '回收站', '三層網絡', '禁用');
    expect(mainland.filter((word) => allZhTw.includes(word))).toEqual([]);
  });
});

describe('the Simplified-character check', () => {
  it('reads OpenCC’s table, and flags what a converted page would leak', () => {
    expect(simplifiedTableSize).toBeGreaterThan(2000);
    // The characters of 云盘, 镜像, 删除, 恢复, 启动, 网络, 存储, 设置, 账户 as zh-CN writes them.
    for (const ch of ['云', '盘', '镜', '删', '复', '启', '网', '络', '储', '设', '户', '语', '简'])
      expect(simplifiedIn(`雲主機${ch}`), ch).toHaveLength(1);
    // Traditional variants that Taiwan does not write.
    expect(simplifiedIn('爲啓裏')).toHaveLength(3);
    expect(simplifiedIn('恢復 徹底刪除 啟動 網路卡 儲存 設定 帳戶 一台雲主機')).toEqual([]);
  });

  it('would fail the catalog scan on zh-CN, message by message', () => {
    const leaks = [...zhCnTexts].filter(([, set]) => simplifiedIn([...set].join('')).length > 0);
    expect(leaks.length).toBeGreaterThan(300);
    // A Simplified character only a function message writes, for one of its arguments, is found too.
    const onlyForImages = catalogTexts({ m: (kind: string) => (kind === 'image' ? '镜像' : '雲磁碟') });
    expect(simplifiedIn([...(onlyForImages.get('m') ?? [])].join(''))).toEqual(['镜→鏡']);
  });
});
