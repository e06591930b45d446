import { describe, expect, it } from 'vitest';
import { extractPageFacts } from '../../src/extract/page-facts.js';

const origin = 'https://www.saint-exemple.test';
const facts = (body: string, options: { url?: string; headers?: Record<string, string> } = {}) =>
  extractPageFacts({ url: options.url ?? `${origin}/`, status: 200, headers: options.headers ?? {}, body, siteOrigin: origin });

describe('extractPageFacts', () => {
  it('reads a page that declares no charset at all (the body arrives decoded)', () => {
    const page = facts(
      '<html><head><title>Mairie de Saint-Éxemple – état civil</title></head><body><h1>Fête des moissons</h1></body></html>',
    );
    expect(page.title).toBe('Mairie de Saint-Éxemple – état civil');
    expect(page.headings).toEqual([{ level: 1, text: 'Fête des moissons' }]);
  });

  it('resolves links against <base href>, not the page URL', () => {
    const page = facts('<head><base href="https://www.saint-exemple.test/site/"></head><body><a href="contact.html">Contact</a></body>', {
      url: `${origin}/index.php?page=1`,
    });
    expect(page.baseHref).toBe('https://www.saint-exemple.test/site/');
    expect(page.links[0]).toMatchObject({ url: `${origin}/site/contact.html`, internal: true, kind: 'http' });
  });

  it('ignores an SVG <title> when reading the page title', () => {
    const page = facts('<html><head></head><body><svg><title>Icône loupe</title></svg><p>Texte</p></body></html>');
    expect(page.title).toBeUndefined();
    expect(page.titleCount).toBe(0);
    const titled = facts('<head><title>Accueil</title></head><body><svg><title>Icône</title></svg></body>');
    expect(titled.title).toBe('Accueil');
  });

  it('reads meta names and values whatever their case', () => {
    const page = facts(
      '<head><META NAME="Description" CONTENT="Horaires"><Meta Name="VIEWPORT" Content="width=device-width">' +
        '<meta name="ROBOTS" content="NoIndex, NoFollow"><meta name="Generator" content="WordPress 6.6"></head>',
    );
    expect(page.metaDescription).toBe('Horaires');
    expect(page.viewport).toBe('width=device-width');
    expect(page.metaRobots).toEqual(['noindex', 'nofollow']);
    expect(page.generator).toBe('WordPress 6.6');
  });

  it('reads the canonical from the Link header, whatever the header name case', () => {
    const page = facts('<p>PDF-like page</p>', {
      headers: {
        Link: '<https://www.saint-exemple.test/style.css>; rel="preload", <https://www.saint-exemple.test/accueil/>; rel="canonical"',
      },
    });
    expect(page.canonicalHeader).toBe('https://www.saint-exemple.test/accueil/');
    expect(facts('', { headers: { link: '<https://x.test/>; rel=canonical' } }).canonicalHeader).toBe('https://x.test/');
    expect(facts('', { headers: { link: '<https://x.test/en/>; rel="alternate"; hreflang="en"' } }).canonicalHeader).toBeUndefined();
  });

  it('scopes X-Robots-Tag directives to the search engines it names', () => {
    expect(facts('', { headers: { 'X-Robots-Tag': 'NOINDEX' } }).xRobotsTag).toEqual(['noindex']);
    expect(facts('', { headers: { 'x-robots-tag': 'otherbot: noindex, nofollow' } }).xRobotsTag).toEqual([]);
    expect(facts('', { headers: { 'x-robots-tag': 'googlebot: noindex, otherbot: nofollow' } }).xRobotsTag).toEqual(['noindex']);
    expect(facts('', { headers: { 'x-robots-tag': 'max-snippet: 20, noarchive' } }).xRobotsTag).toEqual(['max-snippet: 20', 'noarchive']);
  });

  it('records JSON-LD types and the errors of blocks that do not parse', () => {
    const page = facts(
      '<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"GovernmentOrganization"},{"@type":"BreadcrumbList"}]}</script>' +
        '<script type="application/ld+json">{"@type": "Event",}</script>',
    );
    expect(page.jsonLd.types).toEqual(['BreadcrumbList', 'GovernmentOrganization']);
    expect(page.jsonLd.raw).toHaveLength(1);
    expect(page.jsonLd.errors).toHaveLength(1);
    expect(page.jsonLd.errors[0]).toMatch(/^block 2: /);
  });

  it('keeps social profiles, not share buttons, and Mastodon accounts claimed with rel="me"', () => {
    const page = facts(
      '<a href="https://www.facebook.com/SaintExemple">Facebook</a>' +
        '<a href="https://www.facebook.com/sharer/sharer.php?u=x">Partager</a>' +
        '<a href="https://twitter.com/intent/tweet?text=x">Tweeter</a>' +
        '<a href="https://x.com/saintexemple">X</a>' +
        '<a href="https://www.youtube.com/@saintexemple">YouTube</a>' +
        '<a rel="me" href="https://mastodon.social/@saintexemple">Mastodon</a>' +
        '<a href="https://mastodon.social/@quelquun">Un article</a>' +
        '<a href="https://www.facebook.com/SaintExemple">Facebook (pied de page)</a>',
    );
    expect(page.socialProfiles).toEqual([
      'https://mastodon.social/@saintexemple',
      'https://www.facebook.com/SaintExemple',
      'https://www.youtube.com/@saintexemple',
      'https://x.com/saintexemple',
    ]);
  });

  describe('accessibility mention', () => {
    const level = (text: string) => facts(`<footer><a href="/accessibilite/">${text}</a></footer>`).accessibility.level;

    it.each([
      ['Accessibilité : partiellement conforme', 'partiellement'],
      ['Accessibilité: totalement conforme', 'totalement'],
      ['Accessibilité\u00a0: non conforme', 'non'],
      ['Accessibilité\u202f: partiellement conforme', 'partiellement'],
      ['ACCESSIBILITÉ : NON-CONFORME', 'non'],
      ['Accessibilite – partiellement   conforme', 'partiellement'],
      ['Accessibilité :\n  partiellement\n  conforme', 'partiellement'],
    ])('reads « %s » as %s', (text, expected) => {
      expect(level(text)).toBe(expected);
    });

    it('finds no level in a bare « Accessibilité » link, but keeps the link as the declaration', () => {
      const page = facts('<footer><a href="/accessibilite/">Accessibilité</a></footer>');
      expect(page.accessibility.level).toBeUndefined();
      expect(page.accessibility.declarationUrl).toBe(`${origin}/accessibilite/`);
    });

    it('recognises the declaration’s contents with either apostrophe', () => {
      for (const apostrophe of ["'", '’']) {
        const page = facts(`<h1>Déclaration d${apostrophe}accessibilité</h1><p>État de conformité : partiel. Défenseur des droits.</p>`);
        expect(page.textSignals).toEqual(expect.arrayContaining(['accessibility-declaration', 'conformity-state', 'defenseur-des-droits']));
      }
    });
  });

  it('describes links: language of the closest block, SVG links, fragment targets, javascript: links', () => {
    const page = facts(
      '<html lang="fr"><body>' +
        '<a href="/a/">Accueil</a>' +
        '<div lang="DE"><p><a href="/de/">Mehr</a></p></div>' +
        '<svg><a xlink:href="/plan/"><title>Plan</title></a></svg>' +
        '<a name="haut"></a>' +
        '<a href="javascript:void(0)" onclick="x()">Ouvrir</a>' +
        '<a href="#contenu">Aller au contenu</a>' +
        '<a href="www.cc-fictive.fr">CC</a>' +
        '</body></html>',
    );
    const [home, german, svg, anchor, script, skip, schemeless] = page.links;
    expect(home).toMatchObject({ lang: 'fr', kind: 'http', internal: true });
    expect(german).toMatchObject({ lang: 'de', text: 'Mehr' });
    expect(svg).toMatchObject({ inSvg: true, kind: 'http', url: `${origin}/plan/`, text: 'Plan' });
    expect(anchor).toMatchObject({ kind: 'missing-href', fragmentTarget: true });
    expect(script).toMatchObject({ kind: 'javascript', onclick: true });
    expect(skip).toMatchObject({ inPage: true });
    expect(schemeless).toMatchObject({ kind: 'schemeless-www', url: `${origin}/www.cc-fictive.fr` });
  });

  it('gives a link the language of its text, as Lighthouse’s link-text audit reads it', () => {
    const page = facts(
      '<html lang="en"><body>' +
        '<a href="/de/" lang="en" hreflang="de"><span lang="de">Deutsch</span></a>' +
        '<a href="/ch/"><span lang="de-CH">Start</span></a>' +
        '<a href="/mixed/"><span lang="de-DE">click</span> <span lang="fr">here</span></a>' +
        '<a href="/same/"><span lang="en-GB">click</span> <span lang="en-US">here</span></a>' +
        '<a href="/img/"><img src="" alt="click" lang="de"> here</a>' +
        '<svg><a href="/svg/"><text xml:lang="de-DE">start</text></a></svg>' +
        '</body></html>',
    );
    const [german, swiss, mixed, english, image, svg] = page.links;
    expect(german).toMatchObject({ lang: 'de' });
    expect(swiss).toMatchObject({ lang: 'de-ch' });
    expect(mixed?.lang).toBeUndefined();
    expect(mixed?.mixedLanguage).toBe(true);
    expect(english).toMatchObject({ lang: 'en-gb' });
    expect(english?.mixedLanguage).toBeUndefined();
    // An image has no text: its lang does not say what language « here » is written in.
    expect(image).toMatchObject({ lang: 'en', text: 'here' });
    expect(svg).toMatchObject({ lang: 'de-de' });
  });

  it('gives each link the language of its own closest declaration, whatever links came before it', () => {
    // Languages are remembered per element while a page's links are read: a link read after
    // another must not inherit what was found for its neighbour's ancestors.
    const page = facts(
      '<html lang="fr"><body><nav>' +
        '<div lang="de"><a href="/de/1/">Eins</a><a href="/de/2/">Zwei</a></div>' +
        '<a href="/fr/">Accueil</a>' +
        '<p lang=""><a href="/none/">Sans langue</a></p>' +
        '<p lang="en"><a href="/en/">Home</a><span lang="fr"><a href="/fr/2/">Mairie</a></span></p>' +
        '</nav></body></html>',
    );
    expect(page.links.map((link) => link.lang)).toEqual(['de', 'de', 'fr', undefined, 'en', 'fr']);
  });

  it('finds analytics loaded by a page that holds no script back as those it declares', () => {
    const page = facts(
      "<HTML><BODY><SCRIPT SRC='https://www.googletagmanager.com/gtag/js?id=G-FICTIF1234'></SCRIPT><script>gtag('config', 'G-FICTIF1234');</script></BODY></HTML>",
    );
    expect(page.tags.analytics).toContain('google-analytics-4');
    expect(page.tags.analyticsLoaded).toEqual(page.tags.analytics);
  });

  it('counts main-content words apart from the site chrome', () => {
    const page = facts(
      '<body><header><nav>Accueil Mairie Agenda Contact</nav></header><main><p>Un deux trois.</p></main><footer>Mentions légales</footer></body>',
    );
    expect(page.mainWordCount).toBe(3);
    expect(page.wordCount).toBe(9);
    const noMain = facts('<body><nav>Accueil Mairie</nav><p>Un deux trois quatre.</p><footer>Pied</footer></body>');
    expect(noMain.mainWordCount).toBe(4);
  });

  it('tells analytics loaded by the page from analytics only declared in the consent manager', () => {
    const declared =
      "<script>tarteaucitron.user.gtagUa = 'G-FICTIF1234'; (tarteaucitron.job = tarteaucitron.job || []).push('gtag');</script>";
    const loaded = "<script>gtag('config', 'G-FICTIF1234');</script>";
    const onlyDeclared = facts(declared);
    expect(onlyDeclared.tags.analytics).toContain('google-analytics-4');
    expect(onlyDeclared.tags.analyticsLoaded).toEqual([]);
    expect(onlyDeclared.tags.consentManagers).toEqual(['tarteaucitron']);
    expect(facts(declared + loaded).tags.analyticsLoaded).toContain('google-analytics-4');
    expect(
      facts('<script type="text/plain" data-category="analytics">gtag(\'config\', \'G-FICTIF1234\');</script>').tags.analyticsLoaded,
    ).toEqual([]);
  });

  it('lists http:// subresources of an https page as mixed content, and none for an http page', () => {
    const html = '<img src="http://cdn.test/a.png" alt=""><script src="https://cdn.test/b.js"></script>';
    expect(facts(html).mixedContent).toEqual(['http://cdn.test/a.png']);
    expect(facts(html, { url: 'http://www.saint-exemple.test/' }).mixedContent).toEqual([]);
  });

  it('reads hreflang alternates with mixed-case attributes and keeps raw values', () => {
    const page = facts(
      '<LINK REL="Alternate" HREFLANG=" x-default " HREF="https://x.test/"><link rel="alternate" hreflang="en" href="/en/">',
    );
    expect(page.hreflang).toEqual([
      { hreflang: ' x-default ', href: 'https://x.test/', source: 'head' },
      { hreflang: 'en', href: '/en/', source: 'head' },
    ]);
  });
});

describe('link text', () => {
  it('separates the blocks inside a card link', () => {
    const page = extractPageFacts({
      url: `${origin}/`,
      status: 200,
      headers: {},
      body: '<a href="/actualites/noel/"><h3>Marché de Noël</h3><p>Place de l’Église</p></a>',
      siteOrigin: origin,
    });
    expect(page.links[0]?.text).toBe('Marché de Noël Place de l’Église');
  });
});

describe('detected tools', () => {
  const tags = (body: string) => extractPageFacts({ url: `${origin}/`, status: 200, headers: {}, body, siteOrigin: origin }).tags;

  it('does not take a bandstand (« kiosque à musique ») for a CMS', () => {
    expect(tags('<p>Concert au kiosque à musique du parc.</p>').cms).toEqual([]);
  });

  it('recognises WordPress, DSFR markers and verification metas whatever their attribute order and case', () => {
    const found = tags(
      '<META CONTENT="abc" NAME="Google-Site-Verification"><link rel="stylesheet" href="/wp-content/themes/t.css">' +
        '<header class="fr-header"><p class="fr-logo">République Française</p></header>',
    );
    expect(found.verification).toEqual(['google']);
    expect(found.cms).toEqual(['wordpress']);
    expect(found.dsfr).toEqual(expect.arrayContaining(['fr-header', 'fr-logo']));
  });
});
