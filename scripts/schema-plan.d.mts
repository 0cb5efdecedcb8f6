/** Source of `src/feed/generated/schema-plan.ts` for the valibot schemas exported by `module`. */
export function schemaPlanSource(module: Record<string, unknown>): string;
