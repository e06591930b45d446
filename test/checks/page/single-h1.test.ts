import singleH1 from '../../../src/checks/page/single-h1.js';
import { checkCases } from '../../helpers/check-cases.js';

checkCases(singleH1, {
  pass: ['<h1>Bienvenue à Saint-Exemple</h1><h2>Actualités</h2>', '<H1>Bienvenue</H1><h1> </h1>'],
  warn: ['<h1>Mairie</h1><h1>Bienvenue</h1>'],
  fail: ['', '<div class="titre">Bienvenue</div><h3>Le mot du maire</h3>', '<h1></h1>'],
});
