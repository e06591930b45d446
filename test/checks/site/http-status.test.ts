import httpStatus from '../../../src/checks/site/http-status.js';
import { siteCheckCases } from '../../helpers/check-cases.js';
import { at, snapshot } from '../crawl-data.js';

const ok = (count: number) => Array.from({ length: count }, (_, index) => snapshot(at(`/page-${index}/`)));

siteCheckCases(httpStatus, {
  pass: [
    { name: 'every crawled URL answers 200', site: { snapshots: ok(12) } },
    {
      name: 'one 404 among twenty URLs still passes (95 % of the credit), and says which',
      message: 'unsuccessful',
      values: { failed: 1, crawled: 20, url: at('/ancien-bulletin/'), status: 404 },
      site: { snapshots: [...ok(19), snapshot(at('/ancien-bulletin/'), { status: 404 })] },
    },
  ],
  warn: [
    {
      name: 'a third of the pages gone (a redesign left old links)',
      message: 'unsuccessful',
      values: { failed: 4, crawled: 12 },
      site: { snapshots: [...ok(8), ...['/a/', '/b/', '/c/', '/d/'].map((path) => snapshot(at(path), { status: 404 }))] },
    },
    {
      name: 'pages served as 206 Partial Content count half',
      message: 'otherSuccess',
      values: { other: 6, crawled: 10, status: 206 },
      site: { snapshots: [...ok(4), ...Array.from({ length: 6 }, (_, index) => snapshot(at(`/partiel-${index}/`), { status: 206 }))] },
    },
  ],
  fail: [
    {
      name: 'most pages fail with 500 (a broken CMS) or never answer',
      message: 'unsuccessful',
      values: { failed: 3, crawled: 4, url: at('/actualites/'), status: 500 },
      site: {
        snapshots: [
          ...ok(1),
          snapshot(at('/actualites/'), { status: 500 }),
          snapshot(at('/agenda/'), { status: 503 }),
          snapshot(at('/lente/'), { status: 0, error: 'no complete answer within 20000 ms', errorKind: 'timeout' }),
        ],
      },
    },
    {
      name: 'a URL that never answered is named by its failure kind',
      message: 'unsuccessful',
      values: { failed: 1, crawled: 1, status: 'timeout' },
      site: { snapshots: [snapshot(at('/'), { status: 0, error: 'no complete answer within 20000 ms', errorKind: 'timeout' })] },
    },
  ],
  na: [{ name: 'nothing was crawled', message: 'nothingCrawled', site: { snapshots: [] } }],
});
