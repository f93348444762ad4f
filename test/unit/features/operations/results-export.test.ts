// The text a help-desk user takes away from a bulk run: the failed list to paste and the CSV file. Both come from
// the run as stored, with the job's words apart from the resource's state, and CSV that a spreadsheet cannot run.
import { describe, expect, it } from 'vitest';
import type { Run } from '../../../../src/api/operations/run.ts';
import {
  csvField,
  csvFileName,
  failedListText,
  resultsCsv,
} from '../../../../src/features/operations/dialogs/results-export.ts';
import '../../../../src/i18n/en/all.ts';
import { en } from '../../../../src/i18n/en/index.ts';
import { zhCN } from '../../../../src/i18n/zh-CN/index.ts';

const run: Run = {
  id: 'r1',
  action: 'recover',
  resource: 'vm',
  account: 'acc',
  startAfter: false,
  concurrency: 4,
  cancelled: false,
  startedAt: new Date(2026, 11, 6, 17, 4, 9).getTime(),
  items: [
    { uuid: 'a'.repeat(32), name: 'web-01', status: 'done', stage: 'main', state: 'Running' },
    {
      uuid: 'b'.repeat(32),
      name: '=HYPERLINK("http://x","数据")',
      status: 'failed',
      stage: 'main',
      error: {
        kind: 'api',
        errorCode: {
          code: 'SYS.1006',
          description: 'An operation failed',
          cause: { code: 'VM.1010', details: 'current vm instance state[Stopped]' },
        },
      },
    },
    { uuid: 'c'.repeat(32), name: 'job-03', status: 'waiting', stage: 'main' },
  ],
};

describe('csvField', () => {
  it('quotes every field and doubles quotes', () => {
    expect(csvField('plain')).toBe('"plain"');
    expect(csvField('a "b", c\nd')).toBe('"a ""b"", c\nd"');
  });

  it('defuses a leading = + - @ tab or CR, so a spreadsheet shows the text instead of running it', () => {
    for (const lead of ['=', '+', '-', '@', '\t', '\r']) expect(csvField(`${lead}1+1`)).toBe(`"'${lead}1+1"`);
    // Not at the start: nothing to defuse.
    expect(csvField('a=1')).toBe('"a=1"');
  });
});

describe('resultsCsv', () => {
  it('starts with a UTF-8 byte-order mark, has a header and one CRLF line per item', () => {
    const csv = resultsCsv(run, en);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).split('\r\n')).toEqual([
      '"VM","UUID","Job","VM state after","Error code","Reason"',
      `"web-01","${'a'.repeat(32)}","Succeeded","Running","",""`,
      `"'=HYPERLINK(""http://x"",""数据"")","${'b'.repeat(32)}","Failed","","SYS.1006 ← VM.1010","This VM is no longer in the recycle bin: it is now Stopped."`,
      `"job-03","${'c'.repeat(32)}","Waiting","","",""`,
      '',
    ]);
  });

  it('speaks the user language: Chinese headers and words', () => {
    const [header, done] = resultsCsv(run, zhCN).slice(1).split('\r\n');
    expect(header).toBe('"云主机","UUID","任务","完成后云主机状态","错误码","原因"');
    expect(done).toBe(`"web-01","${'a'.repeat(32)}","成功","运行中","",""`);
  });

  it('names the file after the action, the resource and the start time', () => {
    expect(csvFileName(run)).toBe('recover-vm-20261206-170409.csv');
  });
});

describe('failedListText', () => {
  it('lists only what did not succeed, tab-separated, one line each, after a header', () => {
    expect(failedListText(run, en).split('\n')).toEqual([
      'VM\tUUID\tJob\tVM state after\tError code\tReason',
      `=HYPERLINK("http://x","数据")\t${'b'.repeat(32)}\tFailed\t\tSYS.1006 ← VM.1010\tThis VM is no longer in the recycle bin: it is now Stopped.`,
    ]);
  });
});
