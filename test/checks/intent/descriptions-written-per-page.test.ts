import descriptionsWrittenPerPage from '../../../src/checks/intent/descriptions-written-per-page.js';
import { siteCheckCases } from '../../helpers/check-cases.js';
import { crawled, siteOf } from '../crawl-data.js';

const described = (path: string, text?: string) => crawled(path, text === undefined ? '' : `<meta name="description" content="${text}">`);
const own = Array.from({ length: 10 }, (_, index) => described(`/p${index}/`, `Description propre à la page ${index}`));

const news = [
  {
    path: '/actualites/marche-de-noel/',
    title: 'Marché de Noël',
    text: 'Le marché de Noël revient sur la place de l’Église du 12 au 14 décembre. Une trentaine d’exposants vous attendent avec vin chaud et animations pour les enfants.',
  },
  {
    path: '/actualites/travaux-rue-des-tilleuls/',
    title: 'Travaux rue des Tilleuls',
    text: 'La rue des Tilleuls sera fermée à la circulation du 3 au 21 mars pour le remplacement des canalisations. Une déviation passe par la rue du Moulin.',
  },
  {
    path: '/actualites/inscriptions-cantine/',
    title: 'Inscriptions à la cantine',
    text: 'Les inscriptions à la cantine pour l’année 2026-2027 sont ouvertes jusqu’au 30 juin. Le dossier se dépose en mairie ou sur le portail famille.',
  },
];
/** News posts whose description a rule made from their title and text. */
const posts = (description: (post: (typeof news)[number]) => string) =>
  news.map((post) =>
    crawled(
      post.path,
      `<title>${post.title} – Clairval</title><meta name="description" content="${description(post)}"><main><h1>${post.title}</h1><p>${post.text}</p></main>`,
    ),
  );

siteCheckCases(descriptionsWrittenPerPage, {
  pass: [
    { name: 'every page has its own', message: 'written', values: { written: own.length, pages: own.length }, site: siteOf(own) },
    {
      name: 'ten of eleven (one page without)',
      message: 'written',
      values: { written: own.length, pages: own.length + 1 },
      site: siteOf([...own, described('/sans/')]),
    },
  ],
  warn: [
    {
      name: 'two of five pages without',
      message: 'missing',
      values: { written: 3, pages: 5, count: 2 },
      site: siteOf([...own.slice(0, 3), described('/a/'), described('/b/')]),
    },
  ],
  fail: [
    {
      name: 'the same default everywhere',
      message: 'sharedWithOtherPages',
      values: { written: 0, pages: 3, count: 3 },
      site: siteOf(['/', '/a/', '/b/'].map((path) => described(path, 'Site officiel de la commune de Villebelle'))),
    },
    { name: 'none', message: 'missing', values: { written: 0, pages: 2, count: 2 }, site: siteOf([described('/'), described('/a/')]) },
    {
      name: 'Yoast’s %%excerpt%% template: the first 155 characters of each post',
      message: 'copiesText',
      values: { written: 0, pages: 3, count: 3 },
      site: siteOf(posts((post) => post.text.slice(0, 155))),
    },
    {
      name: 'a theme’s sentence around each title',
      message: 'siteTemplate',
      values: { written: 0, pages: 3, count: 3 },
      site: siteOf(posts((post) => `${post.title} : toute l’information de la commune de Clairval`)),
    },
    {
      name: 'the title again',
      message: 'copiesTitle',
      values: { written: 0, pages: 3, count: 3 },
      site: siteOf(posts((post) => post.title)),
    },
  ],
  na: [{ name: 'no page', message: 'noPage', site: { pages: [] } }],
});
