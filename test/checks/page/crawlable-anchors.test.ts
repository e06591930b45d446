import crawlableAnchors from '../../../src/checks/page/crawlable-anchors.js';
import { checkCases } from '../../helpers/check-cases.js';

checkCases(crawlableAnchors, {
  pass: [
    '<a href="/demarches/">Démarches</a>',
    '<a href="/"> Accueil</a><a name="haut"></a><a id="contenu"></a>',
    { html: '<a href="/"> Accueil</a><a role="button" onclick="ouvrir()">Menu</a>', name: 'href-less anchor acting as a button' },
    { html: '<svg><a href="/plan/"><text>Plan</text></a></svg>', name: 'SVG link with href' },
    { html: '<svg><a xlink:href="/plan/"><title>Plan du village</title><rect/></a></svg>', name: 'SVG 1.1 link with xlink:href' },
    '<a href="#contenu">Aller au contenu</a>',
  ],
  fail: [
    {
      html: '<a href="javascript:void(0)" onclick="alert(1)">Plan du village</a>',
      name: 'map opened by a javascript:void(0) link',
      message: 'javascriptHref',
      values: { count: 1, href: 'javascript:void(0)' },
    },
    { html: '<a href="JavaScript:ouvrir()">Ouvrir</a>', name: 'mixed-case javascript: scheme', message: 'javascriptHref' },
    {
      html: '<a href="javascript:ouvrir(1)">Agenda</a><a href="javascript:ouvrir(2)">Carte</a><a href="/contact/">Contact</a>',
      name: 'a menu of javascript: links',
      message: 'javascriptHref',
      values: { count: 2, href: 'javascript:ouvrir(1)' },
    },
    { html: '<a onclick="location=\'/agenda/\'">Agenda</a>', name: 'navigation by onclick without href', message: 'missingHref' },
    { html: '<svg><a><text>Plan</text></a></svg>', name: 'SVG link without any href', message: 'missingHref' },
    {
      html: '<a href="www.cc-fictive.fr">Communauté de communes</a>',
      name: 'partner site written without https://',
      message: 'schemelessHref',
      values: { href: 'www.cc-fictive.fr' },
    },
    {
      html: '<a href="#" onclick="ouvrir()">Ouvrir</a>',
      name: 'href="#" driven by onclick',
      message: 'hashWithOnclick',
      values: { count: 1 },
    },
  ],
  na: [
    { html: '', name: 'a page without links', message: 'noLinks' },
    { html: '<a href="mailto:mairie@saint-exemple.test">Écrire</a>', name: 'only a mail link', message: 'noLinks' },
  ],
});
