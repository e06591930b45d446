// robots.txt decisions against the expectations of Google's open-source parser's unit tests
// (github.com/google/robotstxt, robots_test.cc, the IsUserAgentAllowed cases). They are the
// reference for how Googlebot reads a file; muniseo agrees with them except where a line below
// is marked as a choice, each with its reason.
import { describe, expect, it } from 'vitest';
import { parseRobotsTxt } from '../../src/crawl/robots.js';
import { isAllowed } from '../../src/model/index.js';

type Case = [robotsTxt: string, agent: string, url: string, googleSays: boolean];

/** What muniseo decides differently from Google's parser, and why. Keyed `robots|agent|url`. */
const choices = new Map<string, string>([
  [
    'user-agent FooBot\ndisallow /\n|FooBot|http://foo.bar/x/y',
    'a line without a colon is a syntax error (RFC 9309 §2.1); Google guesses the colon. muniseo reports the line as a problem to fix instead of guessing.',
  ],
  [
    'User-Agent: *\nDisallow: /\nUser-Agent: Foo Bar\nAllow: /x/\nDisallow: /\n|Foo Bar|http://foo.bar/x/y',
    'muniseo always asks with a valid product token (muniseo, Googlebot, Bingbot), so an agent written with a space is read up to the space on both sides; Google refuses to match an invalid agent name given by the caller.',
  ],
  [
    'User-agent: FooBot\nDisallow: /\nAllow: /foo/bar/%62%61%7A\n|FooBot|http://foo.bar/foo/bar/baz',
    'RFC 9309 §2.2.2 compares paths with unreserved characters decoded (%62%61%7A is baz); Google compares the bytes as written.',
  ],
  [
    'User-agent: FooBot\nDisallow: /\nAllow: /foo/bar/ツ\n|FooBot|http://foo.bar/foo/bar/ツ',
    'muniseo encodes the URL before matching, as every URL it crawls is encoded; Google leaves encoding to its caller.',
  ],
  [
    'User-agent: FooBot\nDisallow: /\nAllow: /foo/bar/%E3%83%84\n|FooBot|http://foo.bar/foo/bar/ツ',
    'muniseo encodes the URL before matching, as every URL it crawls is encoded; Google leaves encoding to its caller.',
  ],
  [
    'User-Agent: *\nAllow: /allowed-slash/index.html\nDisallow: /\n|foobot|http://foo.com/allowed-slash/',
    'Google-only: a pattern ending in index.html also allows its directory; the RFC has no such rule.',
  ],
]);

const foo = 'user-agent: FooBot\ndisallow: /\n';
const cases: Case[] = [
  // GoogleOnly_SystemTest (the empty-URL cases are left out: muniseo never matches an empty URL)
  ['', 'FooBot', 'http://foo.bar/', true],
  [foo, '', 'http://foo.bar/', true],
  // ID_LineSyntax_Line
  ['user-agent: FooBot\ndisallow: /\n', 'FooBot', 'http://foo.bar/x/y', false],
  ['foo: FooBot\nbar: /\n', 'FooBot', 'http://foo.bar/x/y', true],
  ['user-agent FooBot\ndisallow /\n', 'FooBot', 'http://foo.bar/x/y', false],
];

const groups =
  'allow: /foo/bar/\n\nuser-agent: FooBot\ndisallow: /\nallow: /x/\nuser-agent: BarBot\ndisallow: /\nallow: /y/\n\n\nallow: /w/\nuser-agent: BazBot\n\nuser-agent: FooBot\nallow: /z/\ndisallow: /\n';
cases.push(
  // ID_LineSyntax_Groups
  [groups, 'FooBot', 'http://foo.bar/x/b', true],
  [groups, 'FooBot', 'http://foo.bar/z/d', true],
  [groups, 'FooBot', 'http://foo.bar/y/c', false],
  [groups, 'BarBot', 'http://foo.bar/y/c', true],
  [groups, 'BarBot', 'http://foo.bar/w/a', true],
  [groups, 'BarBot', 'http://foo.bar/z/d', false],
  [groups, 'BazBot', 'http://foo.bar/z/d', true],
  [groups, 'FooBot', 'http://foo.bar/foo/bar/', false],
  [groups, 'BarBot', 'http://foo.bar/foo/bar/', false],
  [groups, 'BazBot', 'http://foo.bar/foo/bar/', false],
  // ID_LineSyntax_Groups_OtherRules: lines other than user-agent, allow and disallow do not end a group's agents
  ['User-agent: BarBot\nSitemap: https://foo.bar/sitemap\nUser-agent: *\nDisallow: /\n', 'FooBot', 'http://foo.bar/', false],
  ['User-agent: BarBot\nSitemap: https://foo.bar/sitemap\nUser-agent: *\nDisallow: /\n', 'BarBot', 'http://foo.bar/', false],
  ['User-agent: FooBot\nInvalid-Unknown-Line: unknown\nUser-agent: *\nDisallow: /\n', 'FooBot', 'http://foo.bar/', false],
  ['User-agent: FooBot\nInvalid-Unknown-Line: unknown\nUser-agent: *\nDisallow: /\n', 'BarBot', 'http://foo.bar/', false],
);

for (const file of [
  'USER-AGENT: FooBot\nALLOW: /x/\nDISALLOW: /\n',
  'user-agent: FooBot\nallow: /x/\ndisallow: /\n',
  'uSeR-aGeNt: FooBot\nAlLoW: /x/\ndIsAlLoW: /\n',
]) {
  // ID_REPLineNamesCaseInsensitive
  cases.push([file, 'FooBot', 'http://foo.bar/x/y', true], [file, 'FooBot', 'http://foo.bar/a/b', false]);
}
for (const file of [
  'User-Agent: FOO BAR\nAllow: /x/\nDisallow: /\n',
  'User-Agent: foo bar\nAllow: /x/\nDisallow: /\n',
  'User-Agent: FoO bAr\nAllow: /x/\nDisallow: /\n',
]) {
  // ID_UserAgentValueCaseInsensitive
  for (const agent of ['Foo', 'foo']) cases.push([file, agent, 'http://foo.bar/x/y', true], [file, agent, 'http://foo.bar/a/b', false]);
}
const firstSpace = 'User-Agent: *\nDisallow: /\nUser-Agent: Foo Bar\nAllow: /x/\nDisallow: /\n';
cases.push(
  // GoogleOnly_AcceptUserAgentUpToFirstSpace
  [firstSpace, 'Foo', 'http://foo.bar/x/y', true],
  [firstSpace, 'Foo Bar', 'http://foo.bar/x/y', false],
  // ID_GlobalGroups_Secondary
  ['', 'FooBot', 'http://foo.bar/x/y', true],
  ['user-agent: *\nallow: /\nuser-agent: FooBot\ndisallow: /\n', 'FooBot', 'http://foo.bar/x/y', false],
  ['user-agent: *\nallow: /\nuser-agent: FooBot\ndisallow: /\n', 'BarBot', 'http://foo.bar/x/y', true],
  [
    'user-agent: FooBot\nallow: /\nuser-agent: BarBot\ndisallow: /\nuser-agent: BazBot\ndisallow: /\n',
    'QuxBot',
    'http://foo.bar/x/y',
    true,
  ],
  // ID_AllowDisallow_Value_CaseSensitive
  ['user-agent: FooBot\ndisallow: /x/\n', 'FooBot', 'http://foo.bar/x/y', false],
  ['user-agent: FooBot\ndisallow: /X/\n', 'FooBot', 'http://foo.bar/x/y', true],
  // ID_LongestMatch
  ['user-agent: FooBot\ndisallow: /x/page.html\nallow: /x/\n', 'FooBot', 'http://foo.bar/x/page.html', false],
  ['user-agent: FooBot\nallow: /x/page.html\ndisallow: /x/\n', 'FooBot', 'http://foo.bar/x/page.html', true],
  ['user-agent: FooBot\nallow: /x/page.html\ndisallow: /x/\n', 'FooBot', 'http://foo.bar/x/', false],
  ['user-agent: FooBot\ndisallow: \nallow: \n', 'FooBot', 'http://foo.bar/x/page.html', true],
  ['user-agent: FooBot\ndisallow: /\nallow: /\n', 'FooBot', 'http://foo.bar/x/page.html', true],
  ['user-agent: FooBot\ndisallow: /x\nallow: /x/\n', 'FooBot', 'http://foo.bar/x', false],
  ['user-agent: FooBot\ndisallow: /x\nallow: /x/\n', 'FooBot', 'http://foo.bar/x/', true],
  ['user-agent: FooBot\ndisallow: /x/page.html\nallow: /x/page.html\n', 'FooBot', 'http://foo.bar/x/page.html', true],
  ['user-agent: FooBot\nallow: /page\ndisallow: /*.html\n', 'FooBot', 'http://foo.bar/page.html', false],
  ['user-agent: FooBot\nallow: /page\ndisallow: /*.html\n', 'FooBot', 'http://foo.bar/page', true],
  ['user-agent: FooBot\nallow: /x/page.\ndisallow: /*.html\n', 'FooBot', 'http://foo.bar/x/page.html', true],
  ['user-agent: FooBot\nallow: /x/page.\ndisallow: /*.html\n', 'FooBot', 'http://foo.bar/x/y.html', false],
  ['User-agent: *\nDisallow: /x/\nUser-agent: FooBot\nDisallow: /y/\n', 'FooBot', 'http://foo.bar/x/page', true],
  ['User-agent: *\nDisallow: /x/\nUser-agent: FooBot\nDisallow: /y/\n', 'FooBot', 'http://foo.bar/y/page', false],
  // ID_Encoding
  [
    'User-agent: FooBot\nDisallow: /\nAllow: /foo/bar?qux=taz&baz=http://foo.bar?tar&par\n',
    'FooBot',
    'http://foo.bar/foo/bar?qux=taz&baz=http://foo.bar?tar&par',
    true,
  ],
  ['User-agent: FooBot\nDisallow: /\nAllow: /foo/bar/ツ\n', 'FooBot', 'http://foo.bar/foo/bar/%E3%83%84', true],
  ['User-agent: FooBot\nDisallow: /\nAllow: /foo/bar/ツ\n', 'FooBot', 'http://foo.bar/foo/bar/ツ', false],
  ['User-agent: FooBot\nDisallow: /\nAllow: /foo/bar/%E3%83%84\n', 'FooBot', 'http://foo.bar/foo/bar/%E3%83%84', true],
  ['User-agent: FooBot\nDisallow: /\nAllow: /foo/bar/%E3%83%84\n', 'FooBot', 'http://foo.bar/foo/bar/ツ', false],
  ['User-agent: FooBot\nDisallow: /\nAllow: /foo/bar/%62%61%7A\n', 'FooBot', 'http://foo.bar/foo/bar/baz', false],
  ['User-agent: FooBot\nDisallow: /\nAllow: /foo/bar/%62%61%7A\n', 'FooBot', 'http://foo.bar/foo/bar/%62%61%7A', true],
  // ID_SpecialCharacters
  ['User-agent: FooBot\nDisallow: /foo/bar/quz\nAllow: /foo/*/qux\n', 'FooBot', 'http://foo.bar/foo/bar/quz', false],
  ['User-agent: FooBot\nDisallow: /foo/bar/quz\nAllow: /foo/*/qux\n', 'FooBot', 'http://foo.bar/foo/quz', true],
  ['User-agent: FooBot\nDisallow: /foo/bar/quz\nAllow: /foo/*/qux\n', 'FooBot', 'http://foo.bar/foo//quz', true],
  ['User-agent: FooBot\nDisallow: /foo/bar/quz\nAllow: /foo/*/qux\n', 'FooBot', 'http://foo.bar/foo/bax/quz', true],
  ['User-agent: FooBot\nDisallow: /foo/bar$\nAllow: /foo/bar/qux\n', 'FooBot', 'http://foo.bar/foo/bar', false],
  ['User-agent: FooBot\nDisallow: /foo/bar$\nAllow: /foo/bar/qux\n', 'FooBot', 'http://foo.bar/foo/bar/qux', true],
  ['User-agent: FooBot\nDisallow: /foo/bar$\nAllow: /foo/bar/qux\n', 'FooBot', 'http://foo.bar/foo/bar/', true],
  ['User-agent: FooBot\nDisallow: /foo/bar$\nAllow: /foo/bar/qux\n', 'FooBot', 'http://foo.bar/foo/bar/baz', true],
  ['User-agent: FooBot\n# Disallow: /\nDisallow: /foo/quz#qux\nAllow: /\n', 'FooBot', 'http://foo.bar/foo/bar', true],
  ['User-agent: FooBot\n# Disallow: /\nDisallow: /foo/quz#qux\nAllow: /\n', 'FooBot', 'http://foo.bar/foo/quz', false],
);
const indexHtml = 'User-Agent: *\nAllow: /allowed-slash/index.html\nDisallow: /\n';
cases.push(
  // GoogleOnly_IndexHTMLisDirectory
  [indexHtml, 'foobot', 'http://foo.com/allowed-slash/', true],
  [indexHtml, 'foobot', 'http://foo.com/allowed-slash/index.htm', false],
  [indexHtml, 'foobot', 'http://foo.com/allowed-slash/index.html', true],
  [indexHtml, 'foobot', 'http://foo.com/anyother-url', false],
);

// GoogleOnly_DocumentationChecks (developers.google.com/search/docs/crawling-indexing/robots/robots_txt)
const allowing = (pattern: string) => `user-agent: FooBot\ndisallow: /\nallow: ${pattern}\n`;
const documentation: [pattern: string, allowed: string[], disallowed: string[]][] = [
  [
    '/fish',
    ['/fish', '/fish.html', '/fish/salmon.html', '/fishheads', '/fishheads/yummy.html', '/fish.html?id=anything'],
    ['/bar', '/Fish.asp', '/catfish', '/?id=fish'],
  ],
  [
    '/fish*',
    ['/fish', '/fish.html', '/fish/salmon.html', '/fishheads', '/fishheads/yummy.html', '/fish.html?id=anything'],
    ['/bar', '/Fish.bar', '/catfish', '/?id=fish'],
  ],
  [
    '/fish/',
    ['/fish/', '/fish/salmon', '/fish/?salmon', '/fish/salmon.html', '/fish/?id=anything'],
    ['/bar', '/fish', '/fish.html', '/Fish/Salmon.html'],
  ],
  [
    '/*.php',
    [
      '/filename.php',
      '/folder/filename.php',
      '/folder/filename.php?parameters',
      '//folder/any.php.file.html',
      '/filename.php/',
      '/index?f=filename.php/',
    ],
    ['/bar', '/php/', '/index?php', '/windows.PHP'],
  ],
  [
    '/*.php$',
    ['/filename.php', '/folder/filename.php'],
    ['/bar', '/filename.php?parameters', '/filename.php/', '/filename.php5', '/php/', '/filename?php', '/aaaphpaaa', '//windows.PHP'],
  ],
  ['/fish*.php', ['/fish.php', '/fishheads/catfish.php?parameters'], ['/bar', '/Fish.PHP']],
];
for (const [pattern, allowed, disallowed] of documentation) {
  for (const path of allowed) cases.push([allowing(pattern), 'FooBot', `http://foo.bar${path}`, true]);
  for (const path of disallowed) cases.push([allowing(pattern), 'FooBot', `http://foo.bar${path}`, false]);
}
cases.push(
  // Section "Order of precedence for group-member records"
  ['user-agent: FooBot\nallow: /p\ndisallow: /\n', 'FooBot', 'http://example.com/page', true],
  ['user-agent: FooBot\nallow: /folder\ndisallow: /folder\n', 'FooBot', 'http://example.com/folder/page', true],
  ['user-agent: FooBot\nallow: /page\ndisallow: /*.htm\n', 'FooBot', 'http://example.com/page.htm', false],
  ['user-agent: FooBot\nallow: /$\ndisallow: /\n', 'FooBot', 'http://example.com/', true],
  ['user-agent: FooBot\nallow: /$\ndisallow: /\n', 'FooBot', 'http://example.com/page.html', false],
);

describe("robots.txt against Google's parser's expectations", () => {
  const key = ([robotsTxt, agent, url]: Case) => `${robotsTxt}|${agent}|${url}`;
  const decide = ([robotsTxt, agent, url]: Case) => isAllowed(parseRobotsTxt(robotsTxt, 'http://foo.bar/robots.txt'), url, agent);

  it('covers the IsUserAgentAllowed expectations of robots_test.cc (but two about an empty URL, which muniseo never matches)', () => {
    expect(cases.length).toBe(138);
  });

  it.each(cases.filter((entry) => !choices.has(key(entry))).map((entry) => [entry[1], entry[2], entry[3], entry] as const))(
    '%s on %s: allowed %s, as Google decides',
    (_agent, _url, googleSays, entry) => {
      expect(decide(entry)).toBe(googleSays);
    },
  );

  it('departs from Google only where a choice is written down, and each choice does depart', () => {
    const departures = cases.filter((entry) => decide(entry) !== entry[3]).map(key);
    expect(departures.sort()).toEqual([...choices.keys()].sort());
  });
});
