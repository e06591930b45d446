// robots.txt as RFC 9309 reads it, plus the widespread Crawl-delay and Sitemap lines. The parsed
// file is plain data (it is stored with the study); what the checks need besides the rules is
// kept in `problems`. How the rules decide lives in the model (src/model/robots.ts).
import { addRobotsProblem, crawlMessage, type CrawlMessageId, productToken, type RobotsGroup, type RobotsTxt } from '../model/index.js';

const maxRobotsBytes = 500 * 1024;
/** Fields that are not RFC 9309 rules but are common enough not to be reported as mistakes. */
const knownExtensions = new Set(['host', 'clean-param', 'noindex', 'request-rate', 'visit-time', 'crawl-delay', 'sitemap']);

export function parseRobotsTxt(text: string, url: string, httpStatus: number | null = 200): RobotsTxt {
  const bounded = (text.length > maxRobotsBytes ? text.slice(0, maxRobotsBytes) : text).replace(/^\uFEFF/, '');
  const robots: RobotsTxt = {
    status: 'ok',
    httpStatus,
    url,
    text: bounded,
    groups: [],
    sitemaps: [],
    problems: [],
    problemMessages: [],
  };
  if (text.length > maxRobotsBytes) addRobotsProblem(robots, crawlMessage('robots.tooLarge', { bytes: String(maxRobotsBytes) }));
  let current: RobotsGroup | undefined;
  let collectingAgents = false;
  bounded.split(/\r\n|\r|\n/).forEach((rawLine, index) => {
    const line = rawLine.replace(/#.*$/, '').trim();
    if (!line) return;
    const problem = (id: CrawlMessageId, values: Record<string, string> = {}) =>
      addRobotsProblem(robots, crawlMessage(id, { line: String(index + 1), ...values }));
    const colon = line.indexOf(':');
    if (colon < 0) {
      problem('robots.noColon', { text: rawLine.trim().slice(0, 80) });
      return;
    }
    const field = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    switch (field) {
      case 'user-agent': {
        // A user-agent line after rules starts a new group; consecutive ones share a group.
        if (!current || !collectingAgents) {
          current = { agents: [], rules: [] };
          robots.groups.push(current);
        }
        collectingAgents = true;
        const token = productToken(value);
        if (token) current.agents.push(token);
        else problem('robots.agentWithoutToken');
        return;
      }
      case 'allow':
      case 'disallow':
        collectingAgents = false;
        if (!current) {
          problem('robots.ruleBeforeAgent', { field });
          return;
        }
        if (value === '') return; // An empty Disallow allows everything; an empty Allow says nothing.
        if (!value.startsWith('/') && !value.startsWith('*')) {
          problem('robots.pathWithoutSlash', { path: value.slice(0, 80) });
        }
        current.rules.push({ allow: field === 'allow', pattern: value });
        return;
      case 'crawl-delay': {
        // Like any line that is not a rule, it does not end the list of agents (as Google's parser reads it).
        const delay = Number(value);
        if (!current || value === '' || !Number.isFinite(delay) || delay < 0) {
          problem('robots.invalidCrawlDelay', { value });
          return;
        }
        current.crawlDelays ??= {};
        for (const agent of current.agents) current.crawlDelays[agent] ??= delay;
        return;
      }
      case 'sitemap':
        // Sitemap lines stand outside groups (RFC 9309 §2.3.5): they neither open nor close one.
        if (/^https?:\/\//i.test(value)) robots.sitemaps.push(value);
        else problem('robots.relativeSitemap', { url: value.slice(0, 100) });
        return;
      default:
        // An unknown line between two user-agent lines does not split them into two groups.
        if (!knownExtensions.has(field)) problem('robots.unknownField', { field: field.slice(0, 40) });
    }
  });
  return robots;
}
