import titlePresent from '../../../src/checks/page/title-present.js';
import { checkCases } from '../../helpers/check-cases.js';

checkCases(titlePresent, {
  pass: ['<title>Mairie de Saint-Exemple</title>', '<TITLE> Accueil </TITLE>'],
  fail: ['', '<title>   </title>', '<head></head><body><svg><title>Icône</title></svg></body>'],
});
