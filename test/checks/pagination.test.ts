import { describe, expect, it } from 'vitest';
import { firstPageOf } from '../../src/checks/pagination.js';

const site = 'https://www.saint-exemple.test';

describe('firstPageOf: page 2 and beyond of a list, as CMSs write it', () => {
  it.each([
    ['WordPress pretty permalinks', `${site}/actualites/page/3/`, `${site}/actualites/`],
    ['WordPress plain permalinks', `${site}/?cat=4&paged=2`, `${site}/?cat=4`],
    ['a generic ?page=2', `${site}/agenda?page=2&theme=culture`, `${site}/agenda?theme=culture`],
    ['Joomla category blog offset', `${site}/index.php/actualites?start=20`, `${site}/index.php/actualites`],
    [
      'Joomla non-SEF offset',
      `${site}/index.php?option=com_content&view=category&id=8&limitstart=10`,
      `${site}/index.php?option=com_content&view=category&id=8`,
    ],
    ['SPIP section, a valueless parameter kept as written', `${site}/spip.php?rubrique3&debut_articles=10`, `${site}/spip.php?rubrique3`],
  ])('%s', (_, url, first) => {
    expect(firstPageOf(url)).toBe(first);
  });

  it('reads Drupal’s ?page=1 as the second page only on a Drupal site', () => {
    expect(firstPageOf(`${site}/actualites?page=1`, true)).toBe(`${site}/actualites`);
    expect(firstPageOf(`${site}/actualites?page=1`)).toBeUndefined();
  });

  it.each([
    ['a first page', `${site}/actualites/`],
    ['a WordPress post id (?p=), not a page number', `${site}/?p=123`],
    ['an article numbered in its path', `${site}/actualite/1234/`],
    ['an offset of 0', `${site}/index.php/actualites?start=0`],
    ['a page named « page »', `${site}/page/contact/`],
    ['a malformed escape in a parameter name', `${site}/agenda?%E0%A4%A=2`],
  ])('leaves %s alone', (_, url) => {
    expect(firstPageOf(url)).toBeUndefined();
  });
});
