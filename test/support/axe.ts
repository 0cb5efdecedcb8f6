/**
 * axe-core with the rule sets the project commits to (WCAG 2.0/2.1/2.2 A and AA, and axe's
 * best practices), over a part of the page, shadow roots included.
 */
import type { AxeResults, RunOptions } from 'axe-core';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

interface AxeGlobal {
  run(context: Element | Document, options: RunOptions): Promise<AxeResults>;
}

/** Violations of `AXE_TAGS` inside `context`, one line each ("rule: target — summary"). */
export async function axeViolations(context: Element, disabled: string[] = []): Promise<string[]> {
  const global = window as unknown as { axe?: AxeGlobal };
  if (!global.axe) await import('axe-core/axe.min.js');
  const rules = Object.fromEntries(disabled.map((id) => [id, { enabled: false }]));
  const results = await global.axe!.run(context, { runOnly: { type: 'tag', values: AXE_TAGS }, rules, resultTypes: ['violations'] });
  return results.violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)} — ${n.failureSummary?.replace(/\s+/g, ' ') ?? v.help}`),
  );
}
