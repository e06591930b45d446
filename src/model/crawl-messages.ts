// What the crawl tells a reader, in both languages: why a request failed, why a site could not be
// crawled, what is wrong with its robots.txt and sitemaps, which URL families were cut as traps.
// The crawl records message ids and values; the report renders them in its own language. The
// English text is also kept beside each message (`reason`, `error`, `problems`, `pattern`…) for
// readers of earlier results and for logs.
//
// Milliseconds, byte counts and line numbers are passed as digits (strings): they echo a setting
// or point into a file, and are written as such in both languages ("2000 ms", "line 1204").
import type { Language } from './localised.js';
import { renderMessage, type Message, type MessageCatalogue, type MessageValues } from './messages.js';

export const crawlMessages = {
  // A request that failed (FetchError), by kind.
  'fetch.dnsFailed': { fr: 'échec de la résolution DNS ({code}) pour {host}', en: 'DNS lookup failed ({code}) for {host}' },
  'fetch.refused': { fr: 'connexion refusée par {host}', en: 'connection refused by {host}' },
  'fetch.tls': { fr: 'erreur TLS : {problem} ({code})', en: 'TLS error: {problem} ({code})' },
  'fetch.connectTimeout': {
    fr: 'impossible de se connecter à {host} en {ms} ms',
    en: 'could not connect to {host} within {ms} ms',
  },
  'fetch.timeout': { fr: 'pas de réponse complète en {ms} ms', en: 'no complete answer within {ms} ms' },
  'fetch.connectionTimedOut': { fr: 'la connexion à {host} a expiré', en: 'connection to {host} timed out' },
  'fetch.aborted': { fr: 'requête abandonnée : l’exploration a été arrêtée', en: 'request abandoned: the crawl was stopped' },
  'fetch.reset': { fr: 'connexion interrompue par {host}', en: 'connection reset by {host}' },
  'fetch.malformedResponse': { fr: 'réponse HTTP mal formée de {host} ({code})', en: 'malformed HTTP response from {host} ({code})' },
  'fetch.undecompressable': {
    fr: 'le contenu n’a pas pu être décompressé ({detail})',
    en: 'body could not be decompressed ({detail})',
  },
  'fetch.network': { fr: 'erreur réseau : {detail}', en: 'network error: {detail}' },
  'fetch.unexpected': { fr: 'échec inattendu : {detail}', en: 'unexpected failure: {detail}' },
  'fetch.badRedirect': {
    fr: 'redirection invalide depuis {url} (en-tête Location « {location} »)',
    en: 'invalid redirect Location "{location}" from {url}',
  },
  'fetch.redirectLoop': { fr: 'boucle de redirections : {chain}', en: 'redirect loop: {chain}' },
  'fetch.tooManyRedirects': {
    fr: 'plus de {max, plural, one {# redirection} other {# redirections}}',
    en: 'more than {max} redirects',
  },

  // Refused by the network policy (src/network/): the address, or the exclusion list.
  'fetch.refusedAddress': {
    fr: 'pas de connexion à {target} : {range}, fermée par la politique réseau de muniseo',
    en: 'not connecting to {target}: {range}, closed by muniseo’s network policy',
  },
  'fetch.excludedHost': {
    fr: '{host} figure sur la liste d’exclusion ({rule}) : son propriétaire a demandé à ne pas être exploré',
    en: '{host} is on the exclusion list ({rule}): its owner asked not to be crawled',
  },

  // The kinds of address the network policy refuses (`fetch.refusedAddress`'s `range`).
  'address.loopback': { fr: 'une adresse de bouclage (cette machine)', en: 'a loopback address (this machine)' },
  'address.private': {
    fr: 'une adresse de réseau privé (RFC 1918, RFC 4193)',
    en: 'a private-network address (RFC 1918, RFC 4193)',
  },
  'address.cgnat': {
    fr: 'une adresse partagée d’opérateur (CGNAT, RFC 6598)',
    en: 'a carrier-grade NAT address (RFC 6598)',
  },
  'address.reserved': {
    fr: 'une adresse réservée (documentation, tests, usage futur)',
    en: 'a reserved address (documentation, benchmarking, future use)',
  },
  'address.linkLocal': { fr: 'une adresse de lien local', en: 'a link-local address' },
  'address.cloudMetadata': {
    fr: 'l’adresse d’un service de métadonnées d’hébergeur cloud',
    en: 'a cloud provider’s metadata address',
  },
  'address.multicast': { fr: 'une adresse de multidiffusion', en: 'a multicast address' },
  'address.unspecified': { fr: 'une adresse non spécifiée (0.0.0.0, ::)', en: 'an unspecified address (0.0.0.0, ::)' },
  'address.broadcast': { fr: 'l’adresse de diffusion', en: 'the broadcast address' },

  // The TLS problems a site owner can fix (`fetch.tls`'s `problem`).
  'tls.selfSigned': { fr: 'certificat auto-signé', en: 'self-signed certificate' },
  'tls.selfSignedInChain': { fr: 'certificat auto-signé dans la chaîne', en: 'self-signed certificate in the chain' },
  'tls.expired': { fr: 'certificat expiré', en: 'certificate expired' },
  'tls.hostMismatch': { fr: 'le certificat ne correspond pas au nom d’hôte', en: 'certificate does not match the host name' },
  'tls.incompleteChain': { fr: 'chaîne de certificats incomplète', en: 'incomplete certificate chain' },
  'tls.unknownIssuer': { fr: 'émetteur du certificat inconnu', en: 'certificate issuer unknown' },
  'tls.handshakeFailed': { fr: 'échec de la négociation TLS', en: 'TLS handshake failed' },

  // Why a site's crawl ended as it did (SiteCrawl.reasonMessages), and notes on a crawl that went on.
  'crawl.notHttp': { fr: 'pas une URL http(s) : {url}', en: 'not an http(s) URL: {url}' },
  'crawl.excluded': {
    fr: '{host} figure sur la liste d’exclusion ({rule}) : non audité, aucune requête envoyée',
    en: '{host} is on the exclusion list ({rule}): not audited, no request sent',
  },
  'crawl.browserRefused': {
    fr: 'Chromium : {count, plural, one {# requête refusée} other {# requêtes refusées}} par la politique réseau, dont {first}',
    en: 'Chromium: {count} request(s) refused by the network policy, first {first}',
  },
  // A bug stopped the site's audit (the study records it and goes on): the error as Node wrote it.
  'audit.internalError': { fr: 'erreur interne : {detail}', en: 'internal error: {detail}' },
  'queue.failedOnWorkers': {
    fr: 'l’audit a échoué sur les workers ({tries, plural, one {# tentative} other {# tentatives}}) : {detail}',
    en: 'the audit failed on the workers ({tries, plural, one {# attempt} other {# attempts}}): {detail}',
  },
  'queue.unreadableResult': {
    fr: 'le résultat renvoyé par le worker est illisible : {detail}',
    en: 'the worker’s result could not be read: {detail}',
  },
  'crawl.interrupted': { fr: 'exploration interrompue avant la fin', en: 'interrupted before the crawl finished' },
  'crawl.alsoInterrupted': { fr: 'exploration interrompue', en: 'interrupted' },
  'crawl.budgetBeforeAnswer': {
    fr: 'le budget de temps de {seconds} s s’est épuisé avant que {url} ne réponde',
    en: 'the time budget of {seconds} s ran out before {url} answered',
  },
  'crawl.budgetReached': {
    fr: 'budget de temps de {seconds} s atteint ; les pages déjà explorées sont gardées',
    en: 'time budget of {seconds} s reached; kept what was crawled',
  },
  'crawl.robotsTxtFailed': { fr: 'robots.txt : {failure}', en: 'robots.txt: {failure}' },
  'crawl.homePageFailed': { fr: 'page d’accueil : {failure}', en: 'home page: {failure}' },
  'crawl.homePageHttpError': { fr: 'la page d’accueil a répondu par le code HTTP {status}', en: 'the home page answered HTTP {status}' },
  'crawl.homeRedirectsAway': {
    fr: 'la page d’accueil redirige vers un autre site : {url}',
    en: 'the home page redirects to another site: {url}',
  },
  'crawl.landedRobotsUnreadable': {
    fr: 'le robots.txt de {origin} n’a pas pu être lu ({failure}) ; les règles de {start} ont été appliquées',
    en: 'robots.txt of {origin} could not be read ({failure}); the rules of {start} were applied',
  },
  'crawl.robotsUnavailable': {
    fr: '{problem} : la RFC 9309 demande de considérer tout le site comme interdit pour l’instant',
    en: '{problem}: RFC 9309 says to treat the whole site as disallowed for now',
  },
  'crawl.robotsDisallowsAll': {
    fr: 'le robots.txt interdit tout le site (/) à {agent}',
    en: 'robots.txt disallows the whole site (/) to {agent}',
  },
  'crawl.robotsRefusesCrawler': {
    fr: 'le robots.txt interdit tout le site (/) à {agent} mais l’ouvre à {engines} : muniseo respecte ce refus, le site reste visible des moteurs',
    en: 'robots.txt disallows the whole site (/) to {agent} but lets {engines} in: muniseo respects the refusal; the site stays visible to search engines',
  },
  'crawl.javascriptOnlyFallbackOff': {
    fr: 'le site semble n’afficher son contenu qu’avec JavaScript ({suspicion}) ; le rendu par navigateur est désactivé',
    en: 'looks JavaScript-only ({suspicion}); browser fallback turned off',
  },
  'crawl.javascriptOnlyNoChromium': {
    fr: 'le site semble n’afficher son contenu qu’avec JavaScript ({suspicion}), mais aucun Chromium n’a été trouvé pour l’afficher',
    en: 'looks JavaScript-only ({suspicion}) but no Chromium was found to render it',
  },
  'crawl.javascriptOnlyRenderFailed': {
    fr: 'le site semble n’afficher son contenu qu’avec JavaScript ({suspicion}), mais son rendu a échoué : {detail}',
    en: 'looks JavaScript-only ({suspicion}) but rendering failed: {detail}',
  },
  'crawl.renderingShowedNoMore': {
    fr: '{suspicion} ; rendue par un navigateur, la page d’accueil n’en montrait pas plus : le HTML brut a été gardé',
    en: '{suspicion}; rendering the home page showed no more, so the raw HTML was kept',
  },
  // The home page rendered once for every site (crawl.renderHome).
  'crawl.homeRenderNoChromium': {
    fr: 'la page d’accueil n’a pas été rendue : aucun Chromium n’a été trouvé ; les liens construits par JavaScript ne sont pas explorés',
    en: 'the home page was not rendered: no Chromium was found, so links built by JavaScript are not crawled',
  },
  'crawl.homeRenderFailed': {
    fr: 'le rendu de la page d’accueil dans Chromium a échoué ({detail}) ; les liens construits par JavaScript ne sont pas explorés',
    en: 'rendering the home page in Chromium failed ({detail}), so links built by JavaScript are not crawled',
  },
  'crawl.renderingRevealedLinks': {
    fr: 'rendue par un navigateur, la page d’accueil lie {count, plural, one {# page} other {# pages}} que son HTML brut ne lie pas ; elles ont été explorées',
    en: 'rendered in a browser, the home page links to {count, plural, one {# page} other {# pages}} its raw HTML does not; they were crawled',
  },

  // Why the raw HTML looks JavaScript-only (`suspicion` above; rawVsRendered.reasonMessage).
  'javascript.suspicion': { fr: 'la page d’accueil brute a {thin}, {signals}', en: 'the raw home page has {thin}, {signals}' },
  'javascript.internalLinks': {
    fr: '{count, plural, one {# lien interne} other {# liens internes}}',
    en: '{count} internal link(s)',
  },
  'javascript.words': { fr: '{count, plural, one {# mot} other {# mots}}', en: '{count, plural, one {# word} other {# words}}' },
  'javascript.emptyAppRoot': { fr: 'une racine d’application vide', en: 'an empty application root' },
  'javascript.noscriptNotice': {
    fr: 'un message <noscript> demandant JavaScript',
    en: 'a <noscript> notice asking for JavaScript',
  },
  'javascript.unlinkedSitemapPages': {
    fr: '{count, plural, one {# page du sitemap qu’aucun lien n’atteint} other {# pages du sitemap qu’aucun lien n’atteint}}',
    en: '{count} sitemap pages that no link reaches',
  },
  'javascript.almostNothingElse': { fr: 'presque rien d’autre', en: 'almost nothing else' },
  'javascript.signalAndMore': { fr: '{signal}, {more}', en: '{signal}, {more}' },

  // A page that was fetched but could not be read (PageSnapshot.errorMessage, besides fetch failures).
  'page.unparsable': { fr: 'n’a pas pu être analysée : {detail}', en: 'could not be parsed: {detail}' },
  'page.renderFailed': { fr: 'n’a pas pu être affichée dans Chromium : {detail}', en: 'could not render in Chromium: {detail}' },

  // robots.txt problems a site owner should fix (RobotsTxt.problemMessages).
  'robots.tooLarge': {
    fr: 'fichier de plus de {bytes} octets ; la suite est ignorée',
    en: 'file larger than {bytes} bytes; the rest is ignored',
  },
  'robots.noColon': { fr: 'ligne {line} : pas de deux-points dans « {text} »', en: 'line {line}: no colon in "{text}"' },
  'robots.agentWithoutToken': {
    fr: 'ligne {line} : user-agent sans nom de robot',
    en: 'line {line}: user-agent without a product token',
  },
  'robots.ruleBeforeAgent': {
    fr: 'ligne {line} : {field} avant toute ligne user-agent, ignoré',
    en: 'line {line}: {field} before any user-agent line is ignored',
  },
  'robots.pathWithoutSlash': {
    fr: 'ligne {line} : le chemin « {path} » ne commence pas par / et ne correspond à rien',
    en: 'line {line}: path "{path}" does not start with / and never matches',
  },
  'robots.invalidCrawlDelay': { fr: 'ligne {line} : crawl-delay invalide « {value} »', en: 'line {line}: invalid crawl-delay "{value}"' },
  'robots.relativeSitemap': {
    fr: 'ligne {line} : l’URL du sitemap n’est pas absolue : « {url} »',
    en: 'line {line}: sitemap URL is not absolute: "{url}"',
  },
  'robots.unknownField': { fr: 'ligne {line} : champ inconnu « {field} »', en: 'line {line}: unknown field "{field}"' },
  'robots.redirectsFailed': {
    fr: 'le robots.txt n’a pas pu être atteint à travers ses redirections : {failure}',
    en: 'robots.txt could not be reached through its redirects: {failure}',
  },
  'robots.serverError': { fr: 'le robots.txt a répondu par le code HTTP {status}', en: 'robots.txt answered HTTP {status}' },
  'robots.unreachable': { fr: 'robots.txt injoignable', en: 'robots.txt unreachable' },
  'robots.htmlPage': { fr: 'le robots.txt répond par une page HTML', en: 'robots.txt answers with an HTML page' },
  'robots.truncated': {
    fr: 'robots.txt plus grand que la limite d’octets ; la suite est ignorée',
    en: 'robots.txt larger than the byte cap; the rest is ignored',
  },
  'robots.crawlDelayClamped': {
    fr: 'Crawl-delay de {asked} s supérieur à {max} s ; muniseo a attendu {max} s',
    en: 'Crawl-delay of {asked} s is above {max} s; muniseo waited {max} s',
  },

  // Sitemap problems (SitemapSummary.errorMessages).
  'sitemap.notXml': { fr: 'pas du XML', en: 'not XML' },
  'sitemap.wrongRoot': {
    fr: 'l’élément racine <{name}> n’est ni urlset ni sitemapindex',
    en: 'root element <{name}> is neither urlset nor sitemapindex',
  },
  'sitemap.entryWithoutLoc': { fr: 'une entrée sans <loc>', en: 'an entry without <loc>' },
  'sitemap.relativeLoc': { fr: '<loc> n’est pas une URL http(s) absolue : {loc}', en: '<loc> is not an absolute http(s) URL: {loc}' },
  'sitemap.badLastmod': { fr: '<lastmod> n’est pas une date W3C : {lastmod}', en: '<lastmod> is not a W3C date: {lastmod}' },
  'sitemap.tooManyFiles': {
    fr: 'plus de {max} fichiers sitemap ; {left, plural, one {# non lu} other {# non lus}}',
    en: 'more than {max} sitemap files; {left} not read',
  },
  'sitemap.httpError': { fr: 'a répondu par le code HTTP {status}', en: 'answered HTTP {status}' },
  'sitemap.truncated': { fr: 'fichier plus grand que la limite d’octets ; tronqué', en: 'file larger than the byte cap; truncated' },
  'sitemap.outsideSite': {
    fr: '{count, plural, one {# URL hors du site} other {# URL hors du site}}, par exemple {example}',
    en: '{count} URL(s) outside the site, e.g. {example}',
  },
  'sitemap.unreadable': { fr: 'illisible : {detail}', en: 'unreadable: {detail}' },

  // URL families the crawl stopped following (TrapReport.patternMessage).
  'trap.urlFamily': { fr: '{pattern}', en: '{pattern}' },
  'trap.sessionId': {
    fr: 'paramètre d’identifiant de session (retiré des liens)',
    en: 'session-id parameter (removed from links)',
  },
  'trap.identicalBody': { fr: 'contenu identique sous une autre URL', en: 'identical body under another URL' },
  'trap.longUrl': { fr: 'URL de plus de {max} caractères', en: 'URL longer than {max} characters' },
  'trap.repeatingSegments': {
    fr: 'segments de chemin répétés (boucle de liens relatifs)',
    en: 'repeating path segments (relative-link loop)',
  },
} as const satisfies MessageCatalogue;

export type CrawlMessageId = keyof typeof crawlMessages;

/** A crawl message: its id (checked against the catalogue) and the values of its placeholders. */
export function crawlMessage(id: CrawlMessageId, values?: MessageValues): Message {
  return values ? { id, values } : { id };
}

/** A crawl message in `lang`. */
export function renderCrawlMessage(message: Message, lang: Language): string {
  return renderMessage(crawlMessages, message, lang);
}

/** Several notes on one crawl, in `lang`, one after the other. */
export function renderCrawlMessages(messages: readonly Message[], lang: Language): string {
  return messages.map((message) => renderCrawlMessage(message, lang)).join(lang === 'fr' ? ' ; ' : '; ');
}
