/**
 * The `aict-widgets` Trusted Types policy, created once per copy of the script and shared by
 * its two narrow uses: the description sanitizer (`sanitize.ts`: a string handed to the
 * browser's inert HTML parser) and the JSON-LD writer (`json-ld-script.ts`: data blocks of JSON
 * without `<`). A module of its own so that the JSON-LD writer, loaded on most cards, does
 * not bring the sanitizer, which only full cards and opened programme cards need.
 */
export const TRUSTED_TYPES_POLICY = 'aict-widgets';

interface Policy {
  createHTML(input: string): unknown;
  createScript(input: string): unknown;
}
interface TrustedTypesLike {
  createPolicy(name: string, rules: { createHTML(input: string): string; createScript(input: string): string }): Policy;
}

let policy: Policy | null | undefined;

export function ourPolicy(): Policy | null {
  const tt = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
  if (!tt) return null;
  if (policy === undefined) {
    try {
      policy = tt.createPolicy(TRUSTED_TYPES_POLICY, {
        // The output only ever reaches an inert parser document; see sanitize.ts.
        createHTML: (input) => input,
        // Only data blocks: JSON with no `<` at all, so no `</script>` or `<!--` can hide in it.
        createScript: (input) => {
          if (input.includes('<')) throw new TypeError('aict-widgets: script text must be JSON without "<"');
          JSON.parse(input);
          return input;
        },
      });
    } catch {
      policy = null;
    }
  }
  return policy;
}

/**
 * Text for a `<script type="application/ld+json">` data block. Under
 * `require-trusted-types-for 'script'` even a data block's text is a Trusted Types sink; the
 * `aict-widgets` policy lets through JSON without `<` (what `jsonLdText` writes) and nothing
 * else. Assign the result to `script.text`.
 */
export function trustedJsonText(json: string): string {
  const p = ourPolicy();
  return (p ? p.createScript(json) : json) as string;
}
