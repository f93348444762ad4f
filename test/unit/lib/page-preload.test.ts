// The first script preloads the code of the page an address opens on, from the list the build writes into
// index.html; anything odd in that list preloads nothing rather than something else.
import { afterEach, describe, expect, it } from 'vitest';
import { filesFor, preloadFiles, readPageFiles } from '../../../src/lib/page-preload.ts';

const LIST = {
  locales: { 'zh-CN': ['/assets/zh-CN-f.js'], 'zh-TW': ['/assets/zh-TW-g.js'] },
  signedOut: ['/assets/LoginPage-a.js'],
  pages: [
    { pattern: '/events', files: ['/assets/EventsPage-b.js', '/assets/events-c.js'] },
    { pattern: '/events/:id', files: ['/assets/EventPage-d.js'] },
    { pattern: '/vms/:uuid', files: ['/assets/VmPage-e.js'] },
  ],
};

function withList(text: string) {
  const block = document.createElement('script');
  block.type = 'application/json';
  block.id = 'page-chunks';
  block.textContent = text;
  document.head.append(block);
}

afterEach(() => {
  document.head.replaceChildren();
});

describe('preloading the page an address opens on', () => {
  it('picks the files of the address’s page, the sign-in page’s without a session, and none for the bin', () => {
    withList(JSON.stringify(LIST));
    const list = readPageFiles();
    expect(filesFor(list, '/events', true, 'en')).toEqual(['/assets/EventsPage-b.js', '/assets/events-c.js']);
    expect(filesFor(list, '/events/evt-1', true, 'en')).toEqual(['/assets/EventPage-d.js']);
    expect(filesFor(list, '/vms/abc', true, 'en')).toEqual(['/assets/VmPage-e.js']);
    expect(filesFor(list, '/events', false, 'en')).toEqual(['/assets/LoginPage-a.js']);
    expect(filesFor(list, '/', true, 'en')).toEqual([]);
    expect(filesFor(list, '/vms/', true, 'en')).toEqual([]);
    expect(filesFor(list, '/vms/a/b', true, 'en')).toEqual([]);
  });

  it('adds a Chinese reader’s catalog, signed in or not', () => {
    withList(JSON.stringify(LIST));
    const list = readPageFiles();
    expect(filesFor(list, '/', true, 'zh-CN')).toEqual(['/assets/zh-CN-f.js']);
    expect(filesFor(list, '/events', false, 'zh-TW')).toEqual([
      '/assets/zh-TW-g.js',
      '/assets/LoginPage-a.js',
    ]);
  });

  it('adds one modulepreload link per file', () => {
    preloadFiles(['/assets/EventsPage-b.js', '/assets/events-c.js']);
    const links = [...document.head.querySelectorAll('link[rel="modulepreload"]')];
    expect(links.map((l) => l.getAttribute('href'))).toEqual([
      '/assets/EventsPage-b.js',
      '/assets/events-c.js',
    ]);
  });

  it.each([
    ['no list', null],
    ['not JSON', '{"pages": ['],
    ['another shape', '[1, 2]'],
    [
      'files of another origin',
      JSON.stringify({ pages: [{ pattern: '/events', files: ['https://evil.example/x.js'] }] }),
    ],
    [
      'files outside /assets',
      JSON.stringify({ pages: [{ pattern: '/events', files: ['/zstack/v1/x.js'] }] }),
    ],
  ])('preloads nothing from %s', (_what, text) => {
    if (text !== null) withList(text);
    expect(filesFor(readPageFiles(), '/events', true, 'zh-CN')).toEqual([]);
  });
});
