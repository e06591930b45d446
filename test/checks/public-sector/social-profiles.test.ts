import socialProfiles from '../../../src/checks/public-sector/social-profiles.js';
import { siteCheckCases } from '../../helpers/check-cases.js';
import { crawled, siteOf } from '../crawl-data.js';

siteCheckCases(socialProfiles, {
  pass: [
    { name: 'Facebook page', site: siteOf([crawled('/', '<a href="https://www.facebook.com/SaintExemple">Facebook</a>')]) },
    {
      name: 'PanneauPocket',
      site: siteOf([crawled('/', '<a href="https://app.panneaupocket.com/ville/123-saint-exemple">PanneauPocket</a>')]),
    },
  ],
  fail: [
    {
      name: 'share buttons only',
      message: 'none',
      site: siteOf([
        crawled(
          '/',
          '<a href="https://www.facebook.com/sharer/sharer.php?u=x">Partager</a><a href="https://twitter.com/intent/tweet?url=x">Tweeter</a>',
        ),
      ]),
    },
    { name: 'no link', message: 'none', site: siteOf([crawled('/', '')]) },
  ],
  na: [{ name: 'no page', message: 'noPage', site: { pages: [] } }],
});
