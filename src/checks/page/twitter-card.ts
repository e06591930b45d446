import { definePageCheck, fail, pass, warn } from '../define.js';

const cardTypes = new Set(['summary', 'summary_large_image', 'app', 'player']);

export default definePageCheck({
  id: 'twitter-card',
  dimension: 'rich-results',
  weight: 1,
  title: { fr: 'La page déclare une carte Twitter/X', en: 'Page declares a Twitter/X card' },
  rationale: {
    fr: 'Sans twitter:card, X (Twitter) et d’autres applications affichent un lien nu même quand les balises Open Graph existent.',
    en: 'Without twitter:card, X (Twitter) and other apps show a bare link even when Open Graph tags exist.',
  },
  source: 'https://developer.x.com/en/docs/x-for-websites/cards/overview/markup',
  messages: {
    missing: { fr: 'aucune balise twitter:card', en: 'no twitter:card' },
    unknownType: { fr: 'type de twitter:card inconnu : « {card} »', en: 'unknown twitter:card "{card}"' },
  },
  run: (page) => {
    const card = page.twitter['twitter:card']?.trim().toLowerCase();
    if (!card) return fail('missing');
    return cardTypes.has(card) ? pass({ value: card }) : warn('unknownType', { value: card, values: { card } });
  },
});
