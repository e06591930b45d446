// Where descriptions come from, on pages as CMSs and SEO plugins fill them by themselves.
import { describe, expect, it } from 'vitest';
import { descriptionOriginsOf } from '../../src/checks/description-origin.js';
import { factsOf, testOrigin } from '../helpers/check-cases.js';

const marche =
  'Le marché de Noël revient sur la place de l’Église du 12 au 14 décembre. Une trentaine d’exposants, artisans et producteurs locaux, vous attendent avec vin chaud, balades en calèche et animations pour les enfants. Le samedi soir, la chorale de l’école chante sous la halle.';
const travaux =
  'La rue des Tilleuls sera fermée à la circulation du 3 au 21 mars pour le remplacement des canalisations d’eau potable. Une déviation est mise en place par la rue du Moulin. Les riverains garderont l’accès à leur garage en dehors des heures de chantier.';

/** A WordPress post as themes print it: title, date, then the content. */
function post(path: string, title: string, content: string, description?: string) {
  return factsOf({
    url: `${testOrigin}${path}`,
    html: `<head><title>${title} – Clairval</title>${description === undefined ? '' : `<meta name="description" content="${description}">`}</head>
<body><header><nav><a href="/">Accueil</a></nav></header><main><article><h1>${title}</h1><p class="date">12 novembre 2026</p><p>${content}</p></article></main>
<footer><p>Mairie de Clairval</p></footer></body>`,
  });
}

/** Yoast's `%%excerpt%%`: the post's first 155 characters, cut wherever they end (wp_html_excerpt). */
const yoastExcerpt = (content: string) => content.slice(0, 155);
/** Rank Math's `%excerpt%`: the first paragraph, cut at 160 characters. */
const rankMathExcerpt = (content: string) => content.slice(0, 160);
/** Drupal's `[node:summary]`: whole sentences of the body's opening, up to 600 characters. */
const drupalSummary = (content: string) => content.split('. ').slice(0, 2).join('. ') + '.';

describe('descriptions a CMS writes by itself', () => {
  it.each([
    ['Yoast’s %%excerpt%% (first 155 characters, cut mid-word)', yoastExcerpt],
    ['Rank Math’s %excerpt% (first paragraph cut at 160)', rankMathExcerpt],
    ['Drupal Metatag’s [node:summary] (the opening sentences)', drupalSummary],
    ['an excerpt ending with « […] »', (content: string) => `${content.slice(0, 120)} […]`],
  ])('%s copies the text', (_, rule) => {
    const pages = [
      post('/marche/', 'Marché de Noël', marche, rule(marche)),
      post('/travaux/', 'Travaux rue des Tilleuls', travaux, rule(travaux)),
    ];
    expect(descriptionOriginsOf(pages)).toEqual(['copiesText', 'copiesText']);
  });

  it('reads one tagline on every page as shared, and a sentence built around each title as a site template', () => {
    const tagline = 'Site officiel de la commune de Clairval';
    expect(descriptionOriginsOf([post('/a/', 'Marché de Noël', marche, tagline), post('/b/', 'Travaux', travaux, tagline)])).toEqual([
      'sharedWithOtherPages',
      'sharedWithOtherPages',
    ]);
    const template = (title: string) => `Découvrez ${title} sur le site officiel de la commune de Clairval.`;
    expect(
      descriptionOriginsOf([
        post('/marche/', 'Marché de Noël', marche, template('Marché de Noël')),
        post('/travaux/', 'Travaux rue des Tilleuls', travaux, template('Travaux rue des Tilleuls')),
      ]),
    ).toEqual(['siteTemplate', 'siteTemplate']);
  });

  it('reads a description that only repeats the title as a copy of it', () => {
    expect(descriptionOriginsOf([post('/marche/', 'Marché de Noël', marche, 'Marché de Noël - Clairval')])).toEqual(['copiesTitle']);
  });

  it('reads a page without description as missing', () => {
    expect(descriptionOriginsOf([post('/marche/', 'Marché de Noël', marche), post('/b/', 'Travaux', travaux, '  ')])).toEqual([
      'missing',
      'missing',
    ]);
  });
});

describe('descriptions someone wrote', () => {
  it('reads a description in its own words, even when it shares a few with the text, as written', () => {
    const pages = [
      post(
        '/marche/',
        'Marché de Noël',
        marche,
        'Trente exposants, vin chaud et balades en calèche : le marché de Noël de Clairval vous attend place de l’Église du 12 au 14 décembre.',
      ),
      post(
        '/travaux/',
        'Travaux rue des Tilleuls',
        travaux,
        'Canalisations neuves rue des Tilleuls : circulation coupée trois semaines en mars, déviation par la rue du Moulin.',
      ),
    ];
    expect(descriptionOriginsOf(pages)).toEqual(['written', 'written']);
  });

  it('reads a lead paragraph shown on the page and reused as description as a copy: the pages cannot tell who wrote it', () => {
    const lead = 'Trente exposants et la chorale de l’école : trois jours de fête sur la place de l’Église.';
    expect(descriptionOriginsOf([post('/marche/', 'Marché de Noël', `${lead} ${marche}`, lead)])).toEqual(['copiesText']);
  });
});
