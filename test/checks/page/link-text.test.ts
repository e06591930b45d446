import linkText from '../../../src/checks/page/link-text.js';
import { checkCases } from '../../helpers/check-cases.js';

checkCases(linkText, {
  pass: [
    '<html lang="fr"><body><a href="/demarches/">Demander un acte de naissance</a></body></html>',
    {
      html: '<html lang="fr"><body><a href="#contenu">Aller au contenu</a><a href="/agenda/">Agenda des sorties</a></body></html>',
      name: 'in-page skip link not judged',
    },
    {
      html: '<html lang="fr"><body><a href="/budget/" aria-label="En savoir plus sur le budget participatif">En savoir plus</a></body></html>',
      name: 'vague text with a descriptive aria-label',
    },
    {
      html: '<html lang="fr"><body><div lang="de"><a href="/de/">Plus</a></div></body></html>',
      name: 'French vague word inside a lang="de" block is judged in German',
    },
    {
      html: '<html lang="fr"><body><a href="/a/"><img src="/a.png" alt="Plan de la commune"></a></body></html>',
      name: 'image link named by its alt',
    },
    {
      html: '<html lang="fr"><body><svg><a href="/plan/"><title>Plan interactif du centre-ville</title><rect/></a></svg></body></html>',
      name: 'SVG link named by its title',
    },
  ],
  fail: [
    {
      html: '<html lang="fr"><body><a href="/contact/">cliquez ici</a></body></html>',
      name: '« cliquez ici » to the contact page',
      message: 'vagueText',
      values: { count: 1, text: 'cliquez ici' },
    },
    {
      html: '<html lang="fr"><body><a href="/demarches/">En savoir plus</a></body></html>',
      name: '« En savoir plus » under a news item',
      message: 'vagueText',
      values: { text: 'En savoir plus' },
    },
    {
      html: '<html lang="fr"><body><a href="/actualites/noel/">Lire la suite…</a></body></html>',
      name: '« Lire la suite… »',
      message: 'vagueText',
    },
    {
      html: '<html lang="fr"><body><a href="/actualites/">» Voir</a></body></html>',
      name: '« Voir » after a chevron',
      message: 'vagueText',
    },
    { html: '<html lang="fr"><body><a href="/actualites/">+</a></body></html>', name: 'a lone « + »', message: 'vagueText' },
    {
      html: '<html lang="fr"><body><a href="/a/">En savoir plus</a><a href="/b/">En savoir plus</a></body></html>',
      name: 'a list of news items, each with « En savoir plus »',
      message: 'vagueText',
      values: { count: 2 },
    },
    { html: '<html><body><a href="/contact/">Ici</a></body></html>', name: 'no lang: read as French', message: 'vagueText' },
    {
      html: '<html lang="fr"><body><div lang="de"><a href="/de/">Hier klicken</a></div></body></html>',
      name: 'German vague text inside a lang="de" block',
      message: 'vagueText',
      values: { text: 'Hier klicken' },
    },
    {
      html: '<html lang="fr"><body><a href="/x/"></a></body></html>',
      name: 'link without text',
      message: 'emptyText',
      values: { count: 1, href: '/x/' },
    },
    {
      html: '<html lang="fr"><body><svg><a href="/plan/"><rect/></a></svg></body></html>',
      name: 'SVG link without a name',
      message: 'emptyText',
      values: { href: '/plan/' },
    },
  ],
  na: [
    { html: '', name: 'a page without links', message: 'noJudgeableLinks' },
    {
      html: '<html lang="fr"><body><a href="mailto:mairie@saint-exemple.test">ici</a></body></html>',
      name: 'mail links are not judged',
      message: 'noJudgeableLinks',
    },
    {
      html: '<html lang="eu"><body><a href="/eu/">Hemen</a></body></html>',
      name: 'Basque page: no list, not judged',
      message: 'noJudgeableLinks',
    },
    {
      html: '<html lang="fr"><body><p lang="br"><a href="/br/">Amañ</a></p></body></html>',
      name: 'Breton block: not judged',
      message: 'noJudgeableLinks',
    },
  ],
});
