// Which characters a Traditional Chinese (Taiwan) page must not show, from OpenCC's tables (opencc-js, a dev
// dependency): a character that OpenCC converts from Simplified to a different Traditional one and that is not itself
// the Traditional form of anything (云→雲, 盘→盤, 删→刪, 复→復), and the Traditional variants Taiwan writes
// differently (爲→為, 啓→啟). Shared by the catalog scan and the end-to-end pages in zh-TW.
import stCharacters from 'opencc-js/dict/STCharacters';
import twVariants from 'opencc-js/dict/TWVariants';

/** OpenCC's dictionary text: "key value value|key value…". */
function entries(dict: string): [string, string[]][] {
  return dict.split('|').flatMap((entry) => {
    const [key, ...values] = entry.split(' ');
    return key ? [[key, values] as [string, string[]]] : [];
  });
}

/**
 * Characters of the Simplified table that Taiwan writes every day in their own right. 台 is the one the console needs
 * (the measure word of 一台雲主機; 台灣). Others such as 后 or 里 stay flagged: a Taiwan page writes 之後 and 這裡.
 */
const ALSO_TAIWANESE = new Set(['台']);

function notTaiwanese(): Map<string, string> {
  const st = entries(stCharacters);
  const traditional = new Set(st.flatMap(([, values]) => values));
  const found = new Map<string, string>();
  for (const [simplified, values] of st) {
    if (!traditional.has(simplified) && !ALSO_TAIWANESE.has(simplified))
      found.set(simplified, values.join('/'));
  }
  for (const [variant, values] of entries(twVariants)) found.set(variant, values.join('/'));
  return found;
}

const NOT_TAIWANESE = notTaiwanese();

/** How many characters the table knows, so a test can tell it was read (thousands). */
export const simplifiedTableSize = NOT_TAIWANESE.size;

/** Each Simplified-only (or non-Taiwan variant) character in `text`, with the form Taiwan writes: "云→雲". */
export function simplifiedIn(text: string): string[] {
  const hits = new Set<string>();
  for (const ch of text) {
    const traditional = NOT_TAIWANESE.get(ch);
    if (traditional !== undefined) hits.add(`${ch}→${traditional}`);
  }
  return [...hits];
}
