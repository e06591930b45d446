import { definePageCheck, fail, pass, warn } from '../define.js';

export default definePageCheck({
  id: 'http-status',
  dimension: 'indexability',
  weight: 2,
  title: { fr: 'La page répond avec le statut HTTP 200', en: 'Page answers with HTTP status 200' },
  rationale: {
    fr: 'Seules les pages servies en 200 sont indexées ; les autres statuts 2xx (204, 206…) sont mal interprétés par les moteurs.',
    en: 'Only pages served with 200 are indexed; other 2xx statuses (204, 206…) confuse search engines.',
  },
  source: 'https://developer.chrome.com/docs/lighthouse/seo/http-status-code',
  messages: {
    otherSuccess: { fr: 'réponse HTTP {status} au lieu de 200', en: 'answered HTTP {status}, not 200' },
    unsuccessful: { fr: 'réponse HTTP {status}', en: 'answered HTTP {status}' },
  },
  run: (page) => {
    if (page.status === 200) return pass({ value: 200 });
    const values = { status: page.status };
    if (page.status > 200 && page.status < 300) return warn('otherSuccess', { value: page.status, values });
    return fail('unsuccessful', { value: page.status, values });
  },
});
