// Names of the CMSs and site platforms muniseo recognises (ids from src/extract/fingerprints.ts),
// as a report prints them: proper names, the same in every language.
const cmsNames: Record<string, string> = {
  wordpress: 'WordPress',
  drupal: 'Drupal',
  joomla: 'Joomla',
  typo3: 'TYPO3',
  spip: 'SPIP',
  wix: 'Wix',
  'e-magnus': 'e-magnus',
  'kiosque-net': 'Kiosque.net',
};

/** The printed name of a CMS id; an unknown id is shown as it is. */
export function cmsName(id: string): string {
  return cmsNames[id] ?? id;
}
