import titleNotPlaceholder from '../../../src/checks/page/title-not-placeholder.js';
import { checkCases } from '../../helpers/check-cases.js';

checkCases(titleNotPlaceholder, {
  pass: [
    '<title>Accueil – Saint-Exemple</title>',
    '<title>Horaires de la mairie de Saint-Exemple</title>',
    '<title>Mairie de Saint-Exemple</title>',
  ],
  fail: [
    { html: '<title>Accueil</title>', name: '« Accueil » on the home page', message: 'placeholder', values: { title: 'Accueil' } },
    { html: '<title>MAIRIE</title>', name: '« MAIRIE » in capitals', message: 'placeholder', values: { title: 'MAIRIE' } },
    { html: '<title>Sans titre</title>', name: '« Sans titre » left by the editor', message: 'placeholder' },
    { html: '<title>Untitled document</title>', name: 'an office-suite default', message: 'placeholder' },
    { html: '<title>Page d’accueil</title>', name: '« Page d’accueil » with a typographic apostrophe', message: 'placeholder' },
    { html: '<title>Nouvelle page</title>', name: '« Nouvelle page » from the CMS', message: 'placeholder' },
  ],
  na: [{ html: '', name: 'no title', message: 'noTitle' }],
});
