// Random French text for property tests: deterministic (seeded), drawn from words a town hall's
// pages use, so that texts look like what muniseo meets and failures reproduce.
import { seededRandom } from '../../src/report/seeded-random.js';

/** Deterministic pseudo-random numbers in [0, 1) (the report's own generator). */
export { seededRandom };

export const frenchWords = `
  le la les un une des du de au aux et ou mais donc car ni que qui quoi dont où avec sans pour par sur sous dans entre vers chez
  avant après pendant depuis contre selon comme très plus moins aussi encore déjà toujours jamais souvent parfois ici là-bas
  commune mairie maire adjoint conseil municipal séance délibération budget arrêté enquête publique projet travaux chantier
  route rue place avenue chemin quartier village bourg hameau église école collège crèche cantine garderie périscolaire
  salle polyvalente gymnase stade terrain piscine médiathèque bibliothèque musée théâtre cinéma marché foire fête festival
  concert exposition spectacle atelier conférence rencontre réunion permanence accueil secrétariat guichet service démarche
  dossier formulaire demande inscription réservation location tarif horaire ouverture fermeture lundi mardi mercredi jeudi
  vendredi samedi dimanche matin midi soir semaine mois année janvier février mars avril mai juin juillet août septembre
  octobre novembre décembre habitant habitante famille enfant jeune senior association bénévole club équipe entreprise commerce
  artisan agriculteur producteur restaurant boulangerie pharmacie médecin infirmier santé solidarité social logement emploi
  transport bus navette parking vélo piéton sécurité police pompier gendarmerie urgence prévention risque inondation tempête
  déchet tri collecte recyclage compost déchetterie eau assainissement électricité éclairage voirie trottoir espace vert jardin
  parc forêt rivière étang montagne plage patrimoine histoire château chapelle moulin lavoir pont tourisme randonnée sentier
  élection vote bureau liste électorale recensement état civil naissance mariage décès passeport carte identité urbanisme
  permis construire déclaration préalable cadastre plan local zone environnement climat énergie rénovation isolation aide
  subvention dispositif programme action objectif résultat bilan rapport compte rendu information actualité annonce avis
  nouveau nouvelle ancien grand grande petit petite beau belle premier dernier prochain public publique gratuit libre ouvert
  fermé disponible possible nécessaire important local régional national départemental intercommunal communautaire
  organiser proposer accueillir inviter présenter informer rappeler signaler remercier participer inscrire venir découvrir
  partager échanger construire rénover entretenir protéger améliorer développer accompagner soutenir financer voter adopter
`
  .split(/\s+/)
  .filter(Boolean);

/** `count` random words as sentences: a capital after each full stop, a full stop every few words. */
export function frenchText(random: () => number, count: number): string {
  const words: string[] = [];
  let sentenceStart = true;
  for (let index = 0; index < count; index += 1) {
    let word = frenchWords[Math.floor(random() * frenchWords.length)]!;
    if (sentenceStart) word = word[0]!.toUpperCase() + word.slice(1);
    sentenceStart = index === count - 1 || random() < 0.1;
    words.push(sentenceStart ? `${word}.` : word);
  }
  return words.join(' ');
}
