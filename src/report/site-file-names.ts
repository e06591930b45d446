// Institution ids become file names (sites/<name>.html). Ids come from registries and may hold
// anything: names are reduced to a safe alphabet, lower-cased (case-insensitive file systems),
// bounded, and made unique in registry order so that every run gives the same names.

const maxLength = 80;

export class SiteFileNames {
  private readonly byId = new Map<string, string>();
  private readonly taken = new Set<string>();

  /** The file name (without extension) of an institution; the same id always gets the same name. */
  assign(id: string): string {
    const known = this.byId.get(id);
    if (known) return known;
    const base = safeFileName(id);
    let name = base;
    for (let suffix = 2; this.taken.has(name); suffix += 1) name = `${base}-${suffix}`;
    this.byId.set(id, name);
    this.taken.add(name);
    return name;
  }

  get(id: string): string | undefined {
    return this.byId.get(id);
  }
}

export function safeFileName(id: string): string {
  const cleaned = id
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '_')
    .replace(/^[._-]+/, '')
    .slice(0, maxLength);
  // Names Windows reserves, and ids made only of punctuation.
  if (cleaned === '' || /^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/.test(cleaned)) return `site_${cleaned}`;
  return cleaned;
}
