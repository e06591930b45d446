import { defineSiteCheck, fail, notApplicable, pass, warn } from '../define.js';
import { institutionTypes } from '../schema-types.js';
import { mentionsPlace, placeName } from '../text.js';
import type { Institution, PageFacts, StructuredEntity } from '../../model/index.js';

/** Roles in which an item is what the page describes: on its own, or as the page's main entity or subject. */
const ownRoles = new Set([undefined, 'mainEntity', 'about']);

type Verdict =
  | { kind: 'institution'; entity: StructuredEntity }
  | { kind: 'asRole'; entity: StructuredEntity }
  | { kind: 'noContact'; entity: StructuredEntity }
  | { kind: 'otherEntity'; entity: StructuredEntity };

/** Worst to best: the verdict a page gets is its best entity's. */
const ranks: Record<Verdict['kind'], number> = { otherEntity: 0, asRole: 1, noContact: 2, institution: 3 };

export default defineSiteCheck({
  id: 'structured-data-institution',
  dimension: 'intent',
  weight: 2,
  title: { fr: 'L’accueil décrit l’institution en données structurées', en: 'Home page describes the institution with structured data' },
  rationale: {
    fr: 'Un balisage GovernmentOrganization, City ou Organization qui nomme la collectivité (son nom ou son SIREN) et donne son adresse ou son téléphone alimente sa fiche dans les moteurs ; il s’écrit volontairement. Le nœud Organization que Yoast ou Rank Math tirent du nom du site, sans adresse ni téléphone, ne compte pas, ni l’agence web nommée comme éditeur (publisher) ou auteur (creator).',
    en: 'GovernmentOrganization, City or Organization markup that names the authority (its name or SIREN) and gives its address or phone number feeds its panel in search engines; it is written on purpose. The Organization node Yoast or Rank Math make from the site’s name, without address or phone, does not count, nor does the web agency named as publisher or creator.',
  },
  source: [
    'https://schema.org/GovernmentOrganization',
    'https://developers.google.com/search/docs/appearance/structured-data/organization',
  ],
  messages: {
    institution: {
      fr: 'balisage {type} nommant « {name} », avec adresse ou téléphone',
      en: '{type} markup naming "{name}", with address or phone',
    },
    notOnHome: {
      fr: 'balisage {type} nommant « {name} » sur {url}, mais pas sur la page d’accueil',
      en: '{type} markup naming "{name}" on {url}, not on the home page',
    },
    noContact: {
      fr: 'le balisage {type} nomme « {name} » sans adresse ni téléphone, comme le nœud qu’une extension SEO tire du nom du site',
      en: 'the {type} markup names "{name}" without address or phone, like the node an SEO plugin makes from the site’s name',
    },
    asRole: {
      fr: '« {name} » n’apparaît que comme {role} d’un autre élément, pas comme l’entité que la page décrit',
      en: '"{name}" appears only as the {role} of another item, not as the entity the page describes',
    },
    otherEntity: {
      fr: 'le balisage {type} nomme « {name} », pas {institution}',
      en: 'the {type} markup names "{name}", not {institution}',
    },
    missing: {
      fr: 'aucun balisage GovernmentOrganization, City, Organization ou apparenté',
      en: 'no GovernmentOrganization, City, Organization or related markup',
    },
    unnamedInstitution: {
      fr: 'le registre ne donne ni le nom de l’institution ni son SIREN ou code INSEE : rien à reconnaître dans le balisage',
      en: 'the registry gives neither the institution’s name nor its SIREN or INSEE code: nothing to recognise in the markup',
    },
  },
  run: (site) => {
    const place = placeName(site.institution);
    if (!place && !site.institution.siren && !site.institution.insee) return notApplicable('unnamedInstitution');
    const home = site.home ? bestVerdict(site.home, site.institution, place) : undefined;
    const values = (verdict: Verdict) => ({
      type: institutionType(verdict.entity),
      name: verdict.entity.name ?? verdict.entity.identifiers[0] ?? '',
    });
    if (home?.kind === 'institution') return pass('institution', { value: values(home).type, values: values(home) });
    const elsewhere = site.pages
      .filter((page) => page !== site.home)
      .map((page) => ({ page, verdict: bestVerdict(page, site.institution, place) }))
      .find(({ verdict }) => verdict?.kind === 'institution');
    if (elsewhere?.verdict) {
      return warn('notOnHome', {
        value: values(elsewhere.verdict).type,
        values: { ...values(elsewhere.verdict), url: elsewhere.page.url },
      });
    }
    const best = [home, ...site.pages.map((page) => bestVerdict(page, site.institution, place))]
      .filter((verdict): verdict is Verdict => verdict !== undefined)
      .sort((a, b) => ranks[b.kind] - ranks[a.kind])[0];
    if (!best) return fail('missing');
    if (best.kind === 'asRole') return fail('asRole', { values: { name: values(best).name, role: best.entity.role ?? '' } });
    if (best.kind === 'otherEntity') return fail('otherEntity', { values: { ...values(best), institution: site.institution.name } });
    return fail('noContact', { values: values(best) });
  },
});

/** The best verdict among a page's institution-type entities; undefined when it has none. */
function bestVerdict(page: PageFacts, institution: Institution, place: string | undefined): Verdict | undefined {
  const verdicts = page.structuredEntities
    .filter((entity) => entity.types.some((type) => institutionTypes.has(type)))
    .map((entity) => verdictOf(entity, institution, place));
  return verdicts.sort((a, b) => ranks[b.kind] - ranks[a.kind])[0];
}

function verdictOf(entity: StructuredEntity, institution: Institution, place: string | undefined): Verdict {
  if (!namesInstitution(entity, institution, place)) return { kind: 'otherEntity', entity };
  if (!ownRoles.has(entity.role)) return { kind: 'asRole', entity };
  if (!entity.hasAddress && !entity.telephone?.trim()) return { kind: 'noContact', entity };
  return { kind: 'institution', entity };
}

/** Its name (or another name) holds the institution's place name, or an identifier holds its SIREN or INSEE code. */
function namesInstitution(entity: StructuredEntity, institution: Institution, place: string | undefined): boolean {
  const names = [entity.name, ...entity.otherNames].filter((name): name is string => Boolean(name));
  if (place && names.some((name) => mentionsPlace(name, place))) return true;
  const digits = entity.identifiers.map((identifier) => identifier.replace(/\s/g, ''));
  if (institution.siren && digits.some((identifier) => identifier.includes(institution.siren as string))) return true;
  return Boolean(institution.insee && digits.some((identifier) => identifier === institution.insee));
}

function institutionType(entity: StructuredEntity): string {
  return entity.types.find((type) => institutionTypes.has(type)) ?? entity.types[0] ?? '';
}
