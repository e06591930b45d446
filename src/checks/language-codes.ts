// Codes hreflang accepts: an ISO 639-1 language, optionally an ISO 15924 script, optionally an
// ISO 3166-1 alpha-2 region (or a UN M.49 area), or `x-default`. Search engines ignore the rest
// (https://developers.google.com/search/docs/specialty/international/localized-versions#language-codes).
// A value is read as written: `" x-default"` is not a language code (Lighthouse's hreflang audit
// fails it too), as HTML does not trim attribute values.

const iso6391 = new Set(
  (
    'aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en ' +
    'eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ' +
    'ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ' +
    'ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st ' +
    'su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu'
  ).split(' '),
);

/** `uk` is Ukrainian, not a region: the United Kingdom is `gb` (a mistake search engines ignore). */
const notRegions = new Set(['uk', 'eu']);

export function isValidHreflang(value: string): boolean {
  const code = value.toLowerCase();
  if (code === 'x-default') return true;
  const match = /^([a-z]{2})(?:-([a-z]{4}))?(?:-([a-z]{2}|\d{3}))?$/.exec(code);
  if (!match) return false;
  const [, language, , region] = match;
  return iso6391.has(language ?? '') && !(region && notRegions.has(region));
}
