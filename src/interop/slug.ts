/**
 * Stable ASCII slugs for ids made from names ("Salle L. Armand Ouest" → `salle-l-armand-ouest`),
 * and the two id patterns of the frab schema.
 */

/** Lower-case ASCII letters, digits and single hyphens; accents are dropped, not the letters. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[æÆ]/g, 'ae')
    .replace(/[œŒ]/g, 'oe')
    .replace(/[øØ]/g, 'o')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** frab's `slug` pattern (events, rooms, tracks). */
export const FRAB_SLUG_PATTERN = /^[a-z0-9_-]+[a-z0-9]$/;
/** frab's `conference.acronym` pattern: no hyphen except a trailing `-2020-word`. */
export const FRAB_ACRONYM_PATTERN = /^[a-z0-9_-][a-z0-9_]{3,}(-2[0-9]{3}-[a-z]+)?$/;

/** A slug that matches frab's pattern (at least two characters, ending in a letter or digit). */
export function frabSlug(text: string, fallback = 'item'): string {
  let slug = slugify(text).replace(/^-+/, '');
  if (!slug) slug = slugify(fallback) || 'item';
  if (slug.length < 2) slug = `${slug}0`;
  return slug;
}

/** A conference acronym that matches frab's pattern: hyphens become underscores. */
export function frabAcronym(text: string): string {
  let acronym = slugify(text).replace(/-/g, '_');
  if (!acronym) acronym = 'conference';
  while (acronym.length < 4) acronym += '_';
  return acronym;
}

/**
 * Gives each new id a suffix (`-2`, `-3`, …) when it is already taken. Remembers the next
 * suffix of each base, so 20,000 rows with one title cost 20,000 steps, not 200 million.
 */
export class UniqueIds {
  private readonly taken = new Set<string>();
  private readonly next = new Map<string, number>();

  has(id: string): boolean {
    return this.taken.has(id);
  }

  claim(id: string): string {
    let unique = id;
    if (this.taken.has(unique)) {
      let n = this.next.get(id) ?? 2;
      while (this.taken.has((unique = `${id}-${n}`))) n++;
      this.next.set(id, n + 1);
    }
    this.taken.add(unique);
    return unique;
  }
}
