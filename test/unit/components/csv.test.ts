// The one CSV writer: what Excel and LibreOffice read back, and what they must never run.
import { describe, expect, it } from 'vitest';
import { csvBlob, csvCell, fileStamp, toCsv } from '../../../src/components/csv.ts';

describe('csv', () => {
  it('starts with a BOM, ends every line with CRLF, and keeps Chinese text as it is', () => {
    const text = toCsv(['名称', 'UUID'], [['云主机-01', 'a1']]);
    expect(text).toBe('\uFEFF名称,UUID\r\n云主机-01,a1\r\n');
  });

  it('quotes commas, quotes and line breaks (RFC 4180), doubling the quotes', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('plain')).toBe('plain');
  });

  it('defuses text a spreadsheet would run as a formula, but leaves numbers alone', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=1')).toBe("'\t=1");
    expect(csvCell('a=b')).toBe('a=b');
    expect(csvCell(-5)).toBe('-5');
  });

  it('writes missing values as empty cells', () => {
    expect(toCsv(['a', 'b', 'c'], [[undefined, null, Number.NaN]])).toBe('\uFEFFa,b,c\r\n,,\r\n');
  });

  it('makes UTF-8 bytes with the BOM in front', async () => {
    const bytes = new Uint8Array(await csvBlob(toCsv(['镜像'], [])).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.slice(3))).toBe('镜像\r\n');
  });

  it('stamps file names from the local clock', () => {
    expect(fileStamp(new Date(2026, 5, 7, 14, 5))).toBe('20260607-1405');
  });
});
