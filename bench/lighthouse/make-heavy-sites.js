// Writes the heavy fixture sites (fixtures/heavy-sites/<name>/): fictional town sites built like real
// municipal ones, for Lighthouse's performance to have something to measure (the light fixture sites
// all score 1.00). A WordPress-like theme with render-blocking jQuery, a page-builder stylesheet, web
// fonts, a slider of full-size photographs, a measurement tag, a web-font service, a social widget and a
// map that fail offline. The pages are committed; run this only to change them:
//   node bench/lighthouse/make-heavy-sites.js
//
// Third-party addresses point at a closed port of the loopback interface (offlineThirdParty): they fail at
// once, as third parties do offline, and never reach a real internet address.
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const sitesDir = fileURLToPath(new URL('../../fixtures/heavy-sites/', import.meta.url));
export const offlineThirdParty = 'http://127.0.0.1:9';

const sites = [
  {
    name: 'bourg-fictif-sur-orne',
    commune: 'Bourg-Fictif-sur-Orne',
    population: '6 400',
    description:
      'WordPress, thème du commerce, diaporama de trois photographies pleine taille, constructeur de pages, polices et balises tierces',
    slides: ['slide-mairie', 'slide-marche', 'slide-riviere'],
    actus: ['actu-travaux', 'actu-fete', 'actu-conseil', 'actu-ecole'],
    favicon: false,
    pageBuilder: true,
    socialWidget: true,
    searchIndex: 24000,
  },
  {
    name: 'la-roche-imaginaire',
    commune: 'La Roche-Imaginaire',
    population: '11 900',
    description: 'WordPress, même thème, deux photographies au diaporama, une icône de site',
    slides: ['slide-riviere', 'slide-mairie'],
    actus: ['actu-fete', 'actu-ecole', 'actu-travaux'],
    favicon: true,
    pageBuilder: true,
    socialWidget: false,
    searchIndex: 12000,
  },
  {
    name: 'saint-fictif-des-pres',
    commune: 'Saint-Fictif-des-Prés',
    population: '3 100',
    description: 'WordPress sans constructeur de pages, une seule photographie en tête, widget social',
    slides: ['slide-marche'],
    actus: ['actu-conseil', 'actu-travaux', 'actu-fete'],
    favicon: false,
    pageBuilder: false,
    socialWidget: true,
    searchIndex: 4000,
  },
  {
    name: 'val-de-fictionne',
    commune: 'Val-de-Fictionne',
    population: '18 200',
    description: 'WordPress, diaporama de trois photographies, constructeur de pages, sans widget social, une icône de site',
    slides: ['slide-marche', 'slide-riviere', 'slide-mairie'],
    actus: ['actu-ecole', 'actu-conseil', 'actu-fete', 'actu-travaux'],
    favicon: true,
    pageBuilder: true,
    socialWidget: false,
    searchIndex: 18000,
  },
];

const theme = '/wp-content/themes/commune-pro';
const uploads = '/wp-content/uploads/2025/09';

const menu = [
  [
    'La mairie',
    '/mairie/',
    [
      ['Le conseil municipal', '/mairie/conseil-municipal/'],
      ['Les services', '/mairie/services/'],
      ['Les élus', '/mairie/elus/'],
    ],
  ],
  [
    'Démarches',
    '/demarches/',
    [
      ['État civil', '/demarches/#etat-civil'],
      ['Urbanisme', '/demarches/#urbanisme'],
      ['Élections', '/demarches/#elections'],
    ],
  ],
  [
    'Vivre ici',
    '/vivre-ici/',
    [
      ['École et cantine', '/vivre-ici/#ecole'],
      ['Associations', '/vivre-ici/#associations'],
      ['Déchets', '/vivre-ici/#dechets'],
    ],
  ],
  ['Actualités', '/actualites/', []],
  ['Contact', '/contact/', []],
];

const actuTitles = {
  'actu-travaux': ['Travaux de la rue de l’Église', 'La réfection de la chaussée commence le 6 octobre pour six semaines.'],
  'actu-fete': ['Fête de la Saint-Michel', 'Manège, bal et feu d’artifice sur la place du village les 27 et 28 septembre.'],
  'actu-conseil': ['Conseil municipal du 14 octobre', 'L’ordre du jour et le compte rendu de la dernière séance sont en ligne.'],
  'actu-ecole': ['Rentrée scolaire 2025', 'Les inscriptions au restaurant scolaire et au périscolaire sont ouvertes.'],
};

function head(site, title, description) {
  return `<!DOCTYPE html>
<html lang="fr-FR">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} – ${site.commune}</title>
<meta name="description" content="${description}">
<meta name="generator" content="WordPress 6.5.2">
${site.favicon ? `<link rel="icon" href="${uploads}/icone.svg" type="image/svg+xml">\n` : ''}<link rel="preconnect" href="${offlineThirdParty}">
<link rel="stylesheet" id="google-fonts-css" href="${offlineThirdParty}/css2?family=Montserrat:wght@400;700&amp;display=swap" media="all">
<link rel="stylesheet" id="commune-pro-style-css" href="${theme}/css/theme.css?ver=2.3" media="all">
${site.pageBuilder ? `<link rel="stylesheet" id="blocs-plus-css" href="${theme}/css/page-builder.css?ver=3.21" media="all">\n` : ''}<script src="${theme}/js/jquery.min.js?ver=3.8.0" id="jquery-core-js"></script>
<script>window.cookiesTranquilles = { tagUrl: '${offlineThirdParty}/gtag/js?id=G-FICTIF${site.name.length}' };</script>
<script src="${theme}/js/cookies.js?ver=1.4" id="cookies-tranquilles-js"></script>
</head>`;
}

function header(site, current) {
  const items = menu
    .map(
      ([label, href, children]) =>
        `<li class="menu-item${href === current ? ' current-menu-item' : ''}"><a href="${href}">${label}</a>${
          children.length
            ? `<ul class="sub-menu">${children.map(([text, link]) => `<li><a href="${link}">${text}</a></li>`).join('')}</ul>`
            : ''
        }</li>`,
    )
    .join('\n      ');
  // The theme ships the whole search index in every page and sorts it at start: the bigger the site, the longer the task.
  return `<body class="wp-theme-commune-pro" data-index-recherche="${site.searchIndex}">
<a class="skip-link screen-reader-text" href="#contenu">Aller au contenu</a>
<div class="topbar"><div class="container"><span>Mairie de ${site.commune} – 02 99 00 00 00</span><span><a href="/contact/">Nous écrire</a><a href="/mentions-legales/">Mentions légales</a></span></div></div>
<header class="site-header">
  <div class="container">
    <div class="site-branding"><a href="/" rel="home"><img src="${uploads}/logo.svg" alt="${site.commune}" width="190" height="60"></a>
    <p class="site-description">Site officiel de la commune – ${site.population} habitants</p></div>
    <button class="menu-toggle" aria-expanded="false">Menu</button>
    <nav class="main-navigation" aria-label="Menu principal">
    <ul id="primary-menu" class="menu">
      ${items}
    </ul>
    </nav>
    <form role="search" action="/"><label class="screen-reader-text" for="recherche">Rechercher</label><input id="recherche" type="search" name="s" placeholder="Rechercher…"></form>
  </div>
</header>`;
}

function footer(site) {
  return `<footer class="site-footer">
  <div class="container">
    <div><h2>Mairie de ${site.commune}</h2><p>1 place de la Mairie<br>00000 ${site.commune}</p><p>Du lundi au vendredi, 9 h – 12 h et 14 h – 17 h 30</p></div>
    <div><h2>Liens utiles</h2><p><a href="/demarches/">Démarches en ligne</a><br><a href="/actualites/">Actualités</a><br><a href="/mentions-legales/">Mentions légales</a><br><a href="/mentions-legales/#accessibilite">Accessibilité : non conforme</a></p></div>
    <div class="reseaux"><h2>Suivez-nous</h2>${
      site.socialWidget
        ? `<iframe title="Page de la commune sur un réseau social" src="${offlineThirdParty}/plugins/page.php?href=commune&amp;tabs=timeline" width="300" height="200" loading="eager"></iframe>`
        : '<p>La commune publie aussi sa lettre mensuelle.</p>'
    }</div>
  </div>
  <div class="footer-bottom">© 2025 ${site.commune} – Réalisé avec le thème Commune Pro</div>
</footer>
<button class="back-to-top" aria-label="Haut de page">↑</button>
<script src="${theme}/js/slider.js?ver=1.9" id="carrousel-facile-js"></script>
<script src="${theme}/js/theme.js?ver=2.3" id="commune-pro-js"></script>
</body>
</html>
`;
}

function actuCard(name, headingLevel = 3) {
  const [title, summary] = actuTitles[name];
  const slug = name.replace('actu-', '');
  return `<article class="actu"><img src="${uploads}/${name}.jpg" alt="" width="800" height="533"><div class="actu__body"><p class="actu__date">Publié le 12 septembre 2025</p><h${headingLevel}><a href="/actualites/${slug}/">${title}</a></h${headingLevel}><p>${summary}</p><a href="/actualites/${slug}/">Lire la suite</a></div></article>`;
}

function home(site) {
  const slides = site.slides
    .map(
      (image, index) =>
        `<div class="slider__slide"><img src="${uploads}/${image}.jpg" alt="" width="1920" height="820"><div class="slider__caption"><h2>${
          ['Bienvenue à ' + site.commune, 'Le marché du samedi', 'Au fil de la rivière'][index]
        }</h2><p>Découvrez la vie de la commune.</p></div></div>`,
    )
    .join('\n    ');
  const events = ['2026-06-06', '2026-06-13', '2026-06-21', '2026-06-27', '2026-07-13', '2026-09-19'];
  return `${head(site, 'Accueil', `Site officiel de la mairie de ${site.commune} : démarches, actualités, agenda et services municipaux.`)}
${header(site, '/')}
<main id="contenu">
<h1 class="screen-reader-text">Mairie de ${site.commune}</h1>
<section class="slider" aria-label="À la une">
  <div class="slider__track">
    ${slides}
  </div>
</section>
<section class="acces-rapides" aria-label="Accès rapides"><div class="container"><ul>
  <li><a href="/demarches/"><span class="icone" aria-hidden="true">📄</span>Démarches</a></li>
  <li><a href="/vivre-ici/#ecole"><span class="icone" aria-hidden="true">🏫</span>École et cantine</a></li>
  <li><a href="/vivre-ici/#dechets"><span class="icone" aria-hidden="true">♻️</span>Déchets</a></li>
  <li><a href="/mairie/conseil-municipal/"><span class="icone" aria-hidden="true">🏛️</span>Conseil municipal</a></li>
  <li><a href="/contact/"><span class="icone" aria-hidden="true">✉️</span>Contact</a></li>
</ul></div></section>
<section class="section"><div class="container">
  <h2 class="section__title">Actualités</h2>
  <div class="actus">
    ${site.actus.map((name) => actuCard(name)).join('\n    ')}
  </div>
</div></section>
<section class="section"><div class="container agenda">
  <div><h2 class="section__title">Agenda</h2>
    <div class="agenda__event"><p class="agenda__date"><span>06</span>juin</p><p><strong>Vide-greniers</strong><br>Place de l’Église, de 8 h à 18 h</p></div>
    <div class="agenda__event"><p class="agenda__date"><span>21</span>juin</p><p><strong>Fête de la musique</strong><br>Dans les rues du bourg</p></div>
    <div class="agenda__event"><p class="agenda__date"><span>13</span>juil.</p><p><strong>Bal populaire</strong><br>Salle des fêtes, 21 h</p></div>
  </div>
  <div class="calendrier" data-events='${JSON.stringify(events)}'><h2 class="section__title">Calendrier</h2></div>
</div></section>
<section class="section carte"><div class="container"><h2 class="section__title">Venir en mairie</h2>
  <iframe title="Plan d’accès à la mairie" src="${offlineThirdParty}/export/embed.html?bbox=-1.2,48.1,-1.1,48.2&amp;layer=mapnik" loading="eager"></iframe>
</div></section>
</main>
${footer(site)}`;
}

function innerPage(site, { path, title, description, banner, body }) {
  return `${head(site, title, description)}
${header(site, path)}
<main id="contenu">
<div class="banniere"><img src="${uploads}/${banner}.jpg" alt="" width="1600" height="500"></div>
<div class="page-header"><div class="container"><p class="breadcrumb"><a href="/">Accueil</a> › ${title}</p><h1>${title}</h1></div></div>
<div class="container section"><div class="entry-content">
${body}
</div></div>
</main>
${footer(site)}`;
}

function pages(site) {
  const accordion = (items) =>
    items
      .map(
        ([id, title, text]) =>
          `<div class="accordion__item" id="${id}"><h2><button class="accordion__button" aria-expanded="false">${title}</button></h2><div class="accordion__panel"><p>${text}</p></div></div>`,
      )
      .join('\n');
  return {
    'index.html': home(site),
    'demarches/index.html': innerPage(site, {
      path: '/demarches/',
      title: 'Démarches administratives',
      description: `Vos démarches à la mairie de ${site.commune} : état civil, urbanisme, élections, recensement.`,
      banner: 'banniere-demarches',
      body: `<p>La plupart des démarches se font en ligne ; l’accueil de la mairie vous aide si besoin.</p>
${accordion([
  [
    'etat-civil',
    'État civil : naissance, mariage, décès',
    'Les actes sont délivrés gratuitement par la mairie du lieu de l’événement. Demande en ligne ou au guichet, avec une pièce d’identité.',
  ],
  [
    'urbanisme',
    'Urbanisme : permis de construire, déclaration préalable',
    'Le dossier se dépose en mairie ou sur le guichet numérique des autorisations d’urbanisme. Le plan local d’urbanisme est consultable en mairie.',
  ],
  [
    'elections',
    'Élections : inscription sur les listes',
    'L’inscription est possible jusqu’au sixième vendredi précédant le scrutin, en ligne ou en mairie.',
  ],
  [
    'recensement',
    'Recensement citoyen',
    'Les jeunes se font recenser à la mairie de leur domicile dans les trois mois qui suivent leurs seize ans.',
  ],
  [
    'cimetiere',
    'Cimetière : concessions',
    'Les concessions sont attribuées pour quinze, trente ou cinquante ans. Renseignements à l’accueil.',
  ],
])}`,
    }),
    'contact/index.html': innerPage(site, {
      path: '/contact/',
      title: 'Contacter la mairie',
      description: `Horaires, adresse et formulaire de contact de la mairie de ${site.commune}.`,
      banner: 'banniere-actualites',
      body: `<p>Mairie de ${site.commune}, 1 place de la Mairie. Téléphone : 02 99 00 00 00.</p>
<form class="form-contact" action="/contact/" method="post">
<label for="nom">Nom</label><input id="nom" name="nom" autocomplete="name" required>
<label for="courriel">Courriel</label><input id="courriel" name="courriel" type="email" autocomplete="email" required>
<label for="objet">Objet</label><select id="objet" name="objet"><option>État civil</option><option>Urbanisme</option><option>Autre</option></select>
<label for="message">Message</label><textarea id="message" name="message" rows="6" required></textarea>
<button type="submit">Envoyer</button>
</form>
<div class="carte"><h2>Plan d’accès</h2><iframe title="Plan d’accès à la mairie" src="${offlineThirdParty}/export/embed.html?bbox=-1.2,48.1,-1.1,48.2&amp;layer=mapnik" loading="eager"></iframe></div>`,
    }),
    'actualites/index.html': innerPage(site, {
      path: '/actualites/',
      title: 'Actualités',
      description: `Les actualités de ${site.commune} : travaux, fêtes, conseil municipal, écoles.`,
      banner: 'banniere-actualites',
      body: `<div class="actus">${site.actus.map((name) => actuCard(name, 2)).join('\n')}</div>`,
    }),
    ...Object.fromEntries(
      site.actus.map((name) => [
        `actualites/${name.replace('actu-', '')}/index.html`,
        innerPage(site, {
          path: '/actualites/',
          title: actuTitles[name][0],
          description: actuTitles[name][1],
          banner: name,
          body: `<p class="actu__date">Publié le 12 septembre 2025</p><p>${actuTitles[name][1]}</p><p>Renseignements auprès de l’accueil de la mairie.</p>`,
        }),
      ]),
    ),
    'mentions-legales/index.html': innerPage(site, {
      path: '/mentions-legales/',
      title: 'Mentions légales',
      description: `Mentions légales et accessibilité du site de la commune de ${site.commune}.`,
      banner: 'banniere-demarches',
      body: `<h2>Éditeur</h2><p>Commune de ${site.commune}, représentée par son maire.</p><h2 id="accessibilite">Accessibilité</h2><p>Ce site n’est pas en conformité avec le référentiel général d’amélioration de l’accessibilité (RGAA) : aucun audit n’a été réalisé.</p>`,
    }),
    'robots.txt': 'User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n\nSitemap: {{origin}}/sitemap.xml\n',
    'sitemap.xml': `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${[
  '/',
  '/demarches/',
  '/contact/',
  '/actualites/',
  ...site.actus.map((name) => `/actualites/${name.replace('actu-', '')}/`),
  '/mentions-legales/',
]
  .map((path) => `  <url><loc>{{origin}}${path}</loc></url>`)
  .join('\n')}
</urlset>
`,
    'site.json': `${JSON.stringify({ description: `Site lourd pour Lighthouse : ${site.description}.`, headers: { 'X-Powered-By': 'PHP/8.1' } }, null, 2)}\n`,
  };
}

const logo = (site) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="190" height="60" viewBox="0 0 190 60"><rect width="60" height="60" rx="8" fill="#1d4f91"/><path d="M12 44 30 14l18 30z" fill="#fff"/><text x="70" y="36" font-family="Arial" font-size="15" fill="#1d4f91">${site.commune.slice(0, 14)}</text></svg>\n`;
const icon =
  '<svg xmlns="http://www.w3.org/2000/svg" width="32" height="32" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#1d4f91"/><path d="M6 24 16 8l10 16z" fill="#fff"/></svg>\n';

for (const site of sites) {
  const root = join(sitesDir, site.name);
  rmSync(root, { recursive: true, force: true });
  for (const [path, content] of Object.entries(pages(site))) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  // The theme and the photographs are shared: one copy in fixtures/heavy-assets, linked from each site.
  mkdirSync(join(root, 'wp-content/themes'), { recursive: true });
  symlinkSync('../../../../heavy-assets', join(root, 'wp-content/themes/commune-pro'));
  mkdirSync(join(root, 'wp-content/uploads/2025'), { recursive: true });
  mkdirSync(join(root, 'wp-content/uploads/2025/09'), { recursive: true });
  for (const file of [
    'slide-mairie',
    'slide-marche',
    'slide-riviere',
    'banniere-demarches',
    'banniere-actualites',
    ...Object.keys(actuTitles),
  ]) {
    symlinkSync(`../../../../../heavy-assets/img/${file}.jpg`, join(root, `wp-content/uploads/2025/09/${file}.jpg`));
  }
  writeFileSync(join(root, 'wp-content/uploads/2025/09/logo.svg'), logo(site));
  if (site.favicon) writeFileSync(join(root, 'wp-content/uploads/2025/09/icone.svg'), icon);
  process.stderr.write(`${site.name}\n`);
}
