import type {GroupReport} from "../../scoring/types.ts";

/**
 * Turns a text into a URL-safe slug: accents dropped, lowercase, every run of other characters a
 * single hyphen. An empty result becomes `x`, so a slug is never empty.
 *
 * @example
 * slugify("Financiën & Control"); // "financien-control"
 */
export function slugify(text: string): string {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug || "x";
}

/** The longest slug: group pages are files named by it (`groepen/<slug>.html`), and names have a limit (255 bytes). */
export const MAX_SLUG_LENGTH = 80;

/**
 * A slug of at most {@link MAX_SLUG_LENGTH} characters: a longer one is cut and ends in a short
 * hash of the whole, so two long slugs with the same start stay apart.
 *
 * @example
 * boundedSlug("a".repeat(120)); // "aaaa…aaa-1f3c9a7e" (80 characters)
 */
export function boundedSlug(slug: string): string {
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  // FNV-1a over the UTF-16 code units, as 8 hex digits.
  let hash = 0x811c9dc5;
  for (let i = 0; i < slug.length; ++i) hash = Math.imul(hash ^ slug.charCodeAt(i), 0x01000193);
  const suffix = (hash >>> 0).toString(16).padStart(8, "0");
  return `${slug.slice(0, MAX_SLUG_LENGTH - suffix.length - 1).replace(/-+$/, "")}-${suffix}`;
}

/**
 * Gives every group a stable, URL-safe and unique slug for its page: `variable-value`, prefixed by
 * the parent's slug and `--` for a group within another (`domein-mobiliteit--team-wegen-en-vaarwegen`),
 * and the two groups' slugs joined by `--x--` for a cell of a crossing. The slug depends only on
 * the group's own variable and value (and its parent's), so it survives other groups coming and
 * going; should two groups still collide (`R&D` and `R-D`), the later one in report order gets
 * `-2`, `-3`, …. A slug longer than {@link MAX_SLUG_LENGTH} is cut and given a hash
 * ({@link boundedSlug}), so long group names cannot make a file name too long. Suppressed groups
 * get a slug too; they just get no page.
 *
 * @example
 * groupSlugs(report.groups).get("domein=Mobiliteit"); // "domein-mobiliteit"
 */
export function groupSlugs(groups: readonly Pick<GroupReport, "id" | "variable" | "value" | "parent" | "crossing">[]): Map<string, string> {
  const byId = new Map(groups.map((g) => [g.id, g]));
  const base = new Map<string, string>();
  const baseOf = (id: string, depth = 0): string => {
    const known = base.get(id);
    if (known) return known;
    const group = byId.get(id);
    // A reference to a group the list lacks (or a cycle) still gives a deterministic slug.
    if (!group || depth > 20) return slugify(id);
    let slug: string;
    if (group.crossing) slug = `${baseOf(group.crossing[0], depth + 1)}--x--${baseOf(group.crossing[1], depth + 1)}`;
    else {
      const own = `${slugify(group.variable)}-${slugify(group.value)}`;
      slug = group.parent ? `${baseOf(group.parent, depth + 1)}--${own}` : own;
    }
    base.set(id, slug);
    return slug;
  };
  const slugs = new Map<string, string>();
  const used = new Set<string>();
  for (const group of groups) {
    const wanted = boundedSlug(baseOf(group.id));
    let slug = wanted;
    for (let i = 2; used.has(slug); i++) slug = `${wanted}-${i}`;
    used.add(slug);
    slugs.set(group.id, slug);
  }
  return slugs;
}
