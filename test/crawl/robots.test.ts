import { describe, expect, it } from 'vitest';
import { parseRobotsTxt } from '../../src/crawl/robots.js';
import {
  blocksWholeSite,
  canonicalPath,
  crawlDelaySeconds,
  isAllowed,
  missingRobotsTxt,
  productToken,
  renderCrawlMessage,
  unavailableRobotsTxt,
} from '../../src/model/index.js';

const origin = 'https://www.saint-exemple.test';
const robotsUrl = `${origin}/robots.txt`;
const robots = (text: string) => parseRobotsTxt(text, robotsUrl);
const allowed = (text: string, path: string, token = 'muniseo') => isAllowed(robots(text), `${origin}${path}`, token);

describe('robots.txt groups (RFC 9309 §2.2.1)', () => {
  it('obeys the group naming muniseo rather than the * group', () => {
    const text = 'User-agent: *\nDisallow: /\n\nUser-agent: muniseo\nDisallow: /prive/\n';
    expect(allowed(text, '/mairie/')).toBe(true);
    expect(allowed(text, '/prive/budget')).toBe(false);
    expect(allowed(text, '/mairie/', 'otherbot')).toBe(false);
  });

  it('matches the product token case-insensitively and ignores a version after it', () => {
    const text = 'User-agent: MuniSEO/2.0\nDisallow: /archives/\nUser-agent: *\nDisallow: /\n';
    expect(allowed(text, '/archives/2019')).toBe(false);
    expect(allowed(text, '/mairie/')).toBe(true);
  });

  it('does not take a group for a longer or shorter token as ours', () => {
    const text = 'User-agent: muniseobot\nDisallow: /\nUser-agent: muni\nDisallow: /\n';
    expect(allowed(text, '/mairie/')).toBe(true);
  });

  it('combines every group that names muniseo', () => {
    const text = 'User-agent: muniseo\nDisallow: /a/\n\nUser-agent: *\nDisallow: /c/\n\nUser-agent: muniseo\nDisallow: /b/\n';
    expect(allowed(text, '/a/x')).toBe(false);
    expect(allowed(text, '/b/x')).toBe(false);
    expect(allowed(text, '/c/x')).toBe(true);
  });

  it('shares one group between consecutive user-agent lines', () => {
    const text = 'User-agent: googlebot\nUser-agent: muniseo\nDisallow: /prive/\n';
    expect(allowed(text, '/prive/')).toBe(false);
    expect(robots(text).groups).toHaveLength(1);
  });

  it('allows everything when no group applies', () => {
    expect(allowed('User-agent: googlebot\nDisallow: /\n', '/')).toBe(true);
  });

  it('keeps a Sitemap line between two user-agent lines from splitting the group', () => {
    const text = `User-agent: muniseo\nSitemap: ${origin}/sitemap.xml\nUser-agent: otherbot\nDisallow: /prive/\n`;
    expect(allowed(text, '/prive/')).toBe(false);
    expect(robots(text).sitemaps).toEqual([`${origin}/sitemap.xml`]);
  });
});

describe('robots.txt rules (RFC 9309 §2.2.2)', () => {
  it('lets the longest matching rule decide', () => {
    const text = 'User-agent: *\nDisallow: /agenda/\nAllow: /agenda/evenements/\n';
    expect(allowed(text, '/agenda/2026-11/')).toBe(false);
    expect(allowed(text, '/agenda/evenements/fete')).toBe(true);
  });

  it('lets Allow win when an Allow and a Disallow match with the same length', () => {
    expect(allowed('User-agent: *\nDisallow: /page\nAllow: /page\n', '/page')).toBe(true);
    expect(allowed('User-agent: *\nAllow: /page\nDisallow: /page\n', '/page')).toBe(true);
  });

  it('reads * as any sequence and $ as the end of the path', () => {
    const text = 'User-agent: *\nDisallow: /*.pdf$\nDisallow: /*?print=\n';
    expect(allowed(text, '/documents/budget.pdf')).toBe(false);
    expect(allowed(text, '/documents/budget.pdf.html')).toBe(true);
    expect(allowed(text, '/actualites/?print=1')).toBe(false);
    expect(allowed(text, '/actualites/?page=2')).toBe(true);
  });

  it('treats regular-expression characters in paths as plain characters', () => {
    const text = 'User-agent: *\nDisallow: /recherche.php?q=(a+b)\n';
    expect(allowed(text, '/recherche.php?q=(a+b)')).toBe(false);
    expect(allowed(text, '/rechercheXphp?q=(aab)')).toBe(true);
  });

  it('compares paths percent-encoded: non-ASCII in the file matches the encoded URL', () => {
    expect(allowed('User-agent: *\nDisallow: /démarches/\n', '/d%C3%A9marches/etat-civil')).toBe(false);
    expect(allowed('User-agent: *\nDisallow: /d%c3%a9marches/\n', '/démarches/')).toBe(false);
  });

  it('decodes escapes of unreserved characters before comparing (%62%61%7A is baz)', () => {
    expect(allowed('User-agent: *\nDisallow: /foo/bar/%62%61%7A\n', '/foo/bar/baz')).toBe(false);
  });

  it('keeps an encoded slash distinct from a path separator', () => {
    expect(allowed('User-agent: *\nDisallow: /a%2Fb\n', '/a/b')).toBe(true);
  });

  it('reads an empty Disallow as allowing everything', () => {
    expect(allowed('User-agent: *\nDisallow:\n', '/prive/')).toBe(true);
  });

  it('always allows /robots.txt itself', () => {
    expect(allowed('User-agent: *\nDisallow: /\n', '/robots.txt')).toBe(true);
  });

  it('is case-sensitive in paths', () => {
    expect(allowed('User-agent: *\nDisallow: /Prive/\n', '/prive/')).toBe(true);
  });
});

describe('robots.txt status (RFC 9309 §2.3.1)', () => {
  it('allows everything when robots.txt is missing (4xx)', () => {
    expect(isAllowed(missingRobotsTxt(robotsUrl, 404), `${origin}/prive/`, 'muniseo')).toBe(true);
  });

  it('disallows everything while robots.txt is unreachable (5xx)', () => {
    const unreachable = unavailableRobotsTxt(robotsUrl, 503, 'robots.txt answered HTTP 503');
    expect(isAllowed(unreachable, `${origin}/`, 'muniseo')).toBe(false);
    expect(blocksWholeSite(unreachable, origin, 'muniseo')).toBe(true);
    // Given as a message, the reason is kept both ways.
    const described = unavailableRobotsTxt(robotsUrl, 503, { id: 'robots.serverError', values: { status: 503 } });
    expect(described).toMatchObject({
      problems: ['robots.txt answered HTTP 503'],
      problemMessages: [{ id: 'robots.serverError', values: { status: 503 } }],
    });
  });

  it('says when the whole site is closed to muniseo', () => {
    expect(blocksWholeSite(robots('User-agent: *\nDisallow: /\n'), origin, 'muniseo')).toBe(true);
    expect(blocksWholeSite(robots('User-agent: *\nDisallow: /prive/\n'), origin, 'muniseo')).toBe(false);
  });
});

describe('robots.txt extensions and problems', () => {
  it('reads Crawl-delay from the group that applies to muniseo', () => {
    const text = 'User-agent: *\nCrawl-delay: 10\n\nUser-agent: muniseo\nCrawl-delay: 2.5\nDisallow:\n';
    expect(crawlDelaySeconds(robots(text), 'muniseo')).toBe(2.5);
    expect(crawlDelaySeconds(robots(text), 'otherbot')).toBe(10);
    expect(crawlDelaySeconds(robots('User-agent: *\nDisallow:\n'), 'muniseo')).toBeUndefined();
  });

  it('collects absolute Sitemap lines wherever they are, and reports relative ones', () => {
    const parsed = robots(`Sitemap: ${origin}/sitemap.xml\nUser-agent: *\nDisallow:\nSitemap: /sitemap-actualites.xml\n`);
    expect(parsed.sitemaps).toEqual([`${origin}/sitemap.xml`]);
    expect(parsed.problems).toEqual(['line 4: sitemap URL is not absolute: "/sitemap-actualites.xml"']);
  });

  it('lists the mistakes a site owner should fix, with their line numbers', () => {
    const parsed = robots('Disallow: /tmp/\nUser-agent: *\nDisalow: /prive/\nCrawl-delay: soon\nDisallow: prive\nthis line has no colon\n');
    expect(parsed.problems).toEqual([
      'line 1: disallow before any user-agent line is ignored',
      'line 3: unknown field "disalow"',
      'line 4: invalid crawl-delay "soon"',
      'line 5: path "prive" does not start with / and never matches',
      'line 6: no colon in "this line has no colon"',
    ]);
    // The same problems as messages, for a report in French.
    expect(parsed.problemMessages).toEqual([
      { id: 'robots.ruleBeforeAgent', values: { line: '1', field: 'disallow' } },
      { id: 'robots.unknownField', values: { line: '3', field: 'disalow' } },
      { id: 'robots.invalidCrawlDelay', values: { line: '4', value: 'soon' } },
      { id: 'robots.pathWithoutSlash', values: { line: '5', path: 'prive' } },
      { id: 'robots.noColon', values: { line: '6', text: 'this line has no colon' } },
    ]);
    expect(parsed.problemMessages?.map((problem) => renderCrawlMessage(problem, 'fr'))).toEqual([
      'ligne 1 : disallow avant toute ligne user-agent, ignoré',
      'ligne 3 : champ inconnu « disalow »',
      'ligne 4 : crawl-delay invalide « soon »',
      'ligne 5 : le chemin « prive » ne commence pas par / et ne correspond à rien',
      'ligne 6 : pas de deux-points dans « this line has no colon »',
    ]);
  });

  it('ignores comments, blank lines, a byte-order mark and CRLF line ends', () => {
    const parsed = robots('\uFEFF# plan du site\r\nUser-agent: * # tous\r\n\r\nDisallow: /prive/ # fin\r\n');
    expect(parsed.problems).toEqual([]);
    expect(parsed.groups).toEqual([{ agents: ['*'], rules: [{ allow: false, pattern: '/prive/' }] }]);
  });

  it('keeps the parsed file as plain data that survives JSON', () => {
    const parsed = robots('User-agent: muniseo\nDisallow: /prive/\nCrawl-delay: 1\n');
    expect(JSON.parse(JSON.stringify(parsed))).toEqual(parsed);
    expect(isAllowed(JSON.parse(JSON.stringify(parsed)), `${origin}/prive/`, 'muniseo')).toBe(false);
  });

  it('ignores what lies beyond 500 KiB and says so', () => {
    const parsed = robots(`User-agent: *\nDisallow: /a/\n${'#'.repeat(600 * 1024)}\nDisallow: /b/\n`);
    expect(allowed(parsed.text, '/a/')).toBe(false);
    expect(isAllowed(parsed, `${origin}/b/`, 'muniseo')).toBe(true);
    expect(parsed.problems[0]).toMatch(/larger than 512000 bytes/);
    expect(parsed.problemMessages?.[0]).toEqual({ id: 'robots.tooLarge', values: { bytes: '512000' } });
  });
});

describe('helpers', () => {
  it('extracts product tokens as RFC 9309 defines them', () => {
    expect(productToken('Googlebot/2.1 (+http://www.google.com/bot.html)')).toBe('googlebot');
    expect(productToken('*')).toBe('*');
    expect(productToken('muniseo')).toBe('muniseo');
  });

  it('puts paths in one canonical form', () => {
    expect(canonicalPath('/é t')).toBe('/%C3%A9%20t');
    expect(canonicalPath('/%7e%2f')).toBe('/~%2F');
  });
});
