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
    '<a href="javascript:void(0)" onclick="alert(1)">Plan du village</a>',
    '<a href="JavaScript:ouvrir()">Ouvrir</a>',
    '<a onclick="location=\'/agenda/\'">Agenda</a>',
    { html: '<svg><a><text>Plan</text></a></svg>', name: 'SVG link without any href' },
    '<a href="www.cc-fictive.fr">Communauté de communes</a>',
    '<a href="#" onclick="ouvrir()">Ouvrir</a>',
  ],
  na: ['', '<a href="mailto:mairie@saint-exemple.test">Écrire</a>'],
});
