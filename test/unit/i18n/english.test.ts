// Singular and plural read right: one network card "gets", one data volume is "it".
import { describe, expect, it } from 'vitest';
import '../../../src/i18n/en/all.ts';
import { en } from '../../../src/i18n/en/index.ts';
import { zhCN } from '../../../src/i18n/zh-CN/index.ts';

describe('English agreement', () => {
  it('one network card keeps its MAC address and gets an IP address; two keep theirs and get them', () => {
    expect(en.binDialogs.nics(1)).toBe(
      'Its network card keeps its MAC address, but gets an IP address only when the VM starts (possibly a different one).',
    );
    expect(en.binDialogs.nics(2)).toMatch(
      /^Its 2 network cards keep their MAC addresses, but get IP addresses/u,
    );
  });

  it('one detached data volume is re-attached as "it", several as "them"', () => {
    expect(en.binDialogs.detachedVolumes(['data-web-01'])).toMatch(/^1 data volume .*re-attach it from/u);
    expect(en.binDialogs.detachedVolumes(['a', 'b'])).toMatch(/^2 data volumes .*re-attach them from/u);
    expect(en.binDialogs.bulkDetachedVolumes(1)).toMatch(/^1 data volume .*re-attach it from its VM’s page/u);
    expect(en.binDialogs.bulkDetachedVolumes(3)).toMatch(/^3 data volumes .*re-attach them/u);
  });
});

describe('Chinese wording', () => {
  it('says how many of the backup storages hold the deleted copy, in ZStack’s word for them', () => {
    expect(zhCN.bin.partlyDeleted(1, 2)).toBe('2 个镜像服务器中 1 个已删除');
  });
});
