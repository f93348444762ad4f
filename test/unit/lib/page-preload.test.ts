// The first script preloads the code of the page an address opens on, from the list the build writes into
// index.html; anything odd in that list preloads nothing rather than something else.
import { afterEach, describe, expect, it } from 'vitest';
import { filesFor, preloadFiles, readPageFiles } from '../../../src/lib/page-preload.ts';

const LIST = {
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
    expect(filesFor(list, '/events', true)).toEqual(['/assets/EventsPage-b.js', '/assets/events-c.js']);
    expect(filesFor(list, '/events/evt-1', true)).toEqual(['/assets/EventPage-d.js']);
    expect(filesFor(list, '/vms/abc', true)).toEqual(['/assets/VmPage-e.js']);
    expect(filesFor(list, '/events', false)).toEqual(['/assets/LoginPage-a.js']);
    expect(filesFor(list, '/', true)).toEqual([]);
    expect(filesFor(list, '/vms/', true)).toEqual([]);
    expect(filesFor(list, '/vms/a/b', true)).toEqual([]);
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
    expect(filesFor(readPageFiles(), '/events', true)).toEqual([]);
  });
});
