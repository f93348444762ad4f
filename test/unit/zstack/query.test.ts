import { describe, expect, it } from 'vitest';
import {
  buildQuery,
  type Condition,
  contains,
  eq,
  inList,
  isNull,
  like,
  misreadOperator,
  operatorNameMisread,
} from '../../../src/zstack/query.ts';

describe('query builder', () => {
  it('sends each condition as its own q, URL-encoded', () => {
    const qs = buildQuery({ conditions: [eq('state', 'Destroyed'), eq('type', 'UserVm')] });
    expect(qs).toBe('q=state%3DDestroyed&q=type%3DUserVm');
    expect(new URLSearchParams(qs).getAll('q')).toEqual(['state=Destroyed', 'type=UserVm']);
  });

  it('encodes % of LIKE as %25, ? as %3F and spaces as %20', () => {
    expect(buildQuery({ conditions: [like('name', '%web 01?%')] })).toBe('q=name~%3D%25web%2001%3F%25');
    expect(buildQuery({ conditions: [isNull('hostUuid')] })).toBe('q=hostUuid%20is%20null');
  });

  it('escapes the LIKE wildcards and the backslash with a backslash, so "contains" means contains', () => {
    expect(contains('name', 'a%b_c\\d')).toEqual({ field: 'name', op: '~=', value: '%a\\%b\\_c\\\\d%' });
    expect(contains('name', 'web-01')).toEqual({ field: 'name', op: '~=', value: '%web-01%' });
  });

  it('covers every operator', () => {
    const all: Condition[] = [
      { field: 'a', op: '=', value: 1 },
      { field: 'a', op: '!=', value: 1 },
      { field: 'a', op: '>', value: 1 },
      { field: 'a', op: '>=', value: 1 },
      { field: 'a', op: '<', value: 1 },
      { field: 'a', op: '<=', value: 1 },
      { field: 'a', op: '?=', value: [1, 2] },
      { field: 'a', op: '!?=', value: [1, 2] },
      { field: 'a', op: '~=', value: 'x%' },
      { field: 'a', op: '!~=', value: 'x%' },
      { field: 'a', op: 'is null' },
      { field: 'a', op: 'not null' },
    ];
    expect(new URLSearchParams(buildQuery({ conditions: all })).getAll('q')).toEqual([
      'a=1',
      'a!=1',
      'a>1',
      'a>=1',
      'a<1',
      'a<=1',
      'a?=1,2',
      'a!?=1,2',
      'a~=x%',
      'a!~=x%',
      'a is null',
      'a not null',
    ]);
    expect(all.map(misreadOperator)).toEqual(all.map(() => undefined));
  });

  it('writes paging, count, sort and fields the way the REST layer reads them', () => {
    const qs = buildQuery({
      conditions: [inList('uuid', ['a', 'b'])],
      start: 40,
      limit: 20,
      replyWithCount: true,
      sort: { field: 'name', direction: 'asc' },
      fields: ['uuid', 'name'],
    });
    expect(qs).toBe(
      'q=uuid%3F%3Da%2Cb&start=40&limit=20&replyWithCount=true&sort=%2Bname&fields=uuid%2Cname',
    );
    expect(buildQuery({ sort: { field: 'lastOpDate', direction: 'desc' }, count: true })).toBe(
      'count=true&sort=-lastOpDate',
    );
  });

  it('flags values the server would split at the wrong operator', () => {
    expect(misreadOperator(eq('description', 'a!=b'))).toBe('!=');
    expect(misreadOperator(like('name', '%a=b%'))).toBeUndefined();
  });

  it("flags an account name the audit log's operator filter would split, and reads a blank one as no filter", () => {
    expect(operatorNameMisread(' ops!=x ')).toBe('!=');
    expect(operatorNameMisread(' ops-admin ')).toBeUndefined();
    expect(operatorNameMisread('   ')).toBeUndefined();
  });
});
