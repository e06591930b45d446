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
    {
      html: '<html lang="fr"><body><a href="/actualites/marche/" class="more-link">Lire la suite<span class="screen-reader-text"> « Le marché de Noël revient »</span></a></body></html>',
      name: 'WordPress « Lire la suite » completed by its screen-reader text',
    },
    {
      html: '<html lang="fr"><body><a href="/node/12" hreflang="fr">En savoir plus<span class="visually-hidden"> sur le plan local d’urbanisme</span></a></body></html>',
      name: 'Drupal « En savoir plus » completed by a visually-hidden span',
    },
    {
      html: '<html lang="fr"><body><a href="https://annonces.test/offre/12" rel="nofollow">cliquez ici</a><a href="/agenda/">Agenda</a></body></html>',
      name: 'a nofollow link is not judged (Lighthouse skips it: search engines do not follow it)',
    },
    {
      html: '<html lang="fr"><body><a href="https://www.saint-exemple.test/#commentaires">ici</a><a href="/">Lire la suite</a><a href="/agenda/">Agenda</a></body></html>',
      name: 'links to the page itself, with or without a fragment, are not judged',
    },
    {
      html: '<html lang="fr"><body><a href="/agenda/hier/">Hier</a><a href="/tourisme/mer/">Mer</a></body></html>',
      name: 'French page: « Hier » (yesterday) and « Mer » (the sea) are descriptive in French',
    },
    {
      html: '<html lang="en"><body><a href="/de/" lang="de"><span lang="de">Start</span></a></body></html>',
      name: '« Start » written in German is descriptive there (judged in the language of its text)',
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
      html: '<html><body><a href="/test.html">click this</a></body></html>',
      name: 'no declared language: read as English too',
      message: 'vagueText',
      values: { text: 'click this' },
    },
    {
      html: '<html lang="fr"><body><p lang="de"><a href="/de/">klicke hier</a></p></body></html>',
      name: 'German « klicke hier » from Lighthouse’s list',
      message: 'vagueText',
    },
    {
      html: '<html lang="sv"><body><a href="/sv/">Läs mer</a></body></html>',
      name: 'Swedish « Läs mer »',
      message: 'vagueText',
    },
    {
      html: '<html lang="ja"><body><a href="/ja/">続きを読む</a></body></html>',
      name: 'Japanese « read more »',
      message: 'vagueText',
    },
    {
      html: '<html lang="ko"><body><a href="/ko/">자세히 보기</a></body></html>',
      name: 'Korean « see details » (Hangul survives accent folding)',
      message: 'vagueText',
    },
    {
      html: '<html lang="ta"><body><a href="/ta/">இங்கே கிளிக் செய்யவும்</a></body></html>',
      name: 'Tamil « click here », whose last letter carries a combining sign',
      message: 'vagueText',
    },
    {
      html: '<html lang="fa"><body><a href="/fa/">بیشتر بخوانید</a></body></html>',
      name: 'Persian « read more »',
      message: 'vagueText',
    },
    {
      html: '<html lang="pt-BR"><body><a href="/pt/">Clique aqui</a></body></html>',
      name: 'Portuguese with a region',
      message: 'vagueText',
    },
    {
      html: '<html lang="en"><body><a href="/mixed/"><span lang="de">click</span> <span lang="fr">here</span></a></body></html>',
      name: 'text mixing two languages: every list judges it',
      message: 'vagueText',
      values: { text: 'click here' },
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
