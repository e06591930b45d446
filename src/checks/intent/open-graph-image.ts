import { definePageCheck, fail, pass } from '../define.js';

export default definePageCheck({
  id: 'open-graph-image',
  dimension: 'intent',
  weight: 1,
  title: { fr: 'La page choisit son image de partage (og:image)', en: 'Page chooses its sharing image (og:image)' },
  rationale: {
    fr: 'Une image og:image se choisit et se prépare : c’est la trace d’un travail sur la diffusion des pages dans les réseaux sociaux.',
    en: 'An og:image is chosen and prepared: it is the trace of work on how pages spread on social networks.',
  },
  source: 'https://ogp.me/#metadata',
  messages: {
    missing: { fr: 'aucune balise <meta property="og:image"> renseignée', en: 'no <meta property="og:image"> with content' },
  },
  run: (page) => {
    const image = page.openGraph['og:image']?.trim();
    return image ? pass({ value: image }) : fail('missing');
  },
});
