// Automated accessibility checks with axe-core, run inside the page (the library's own script,
// read from node_modules: no network, no wrapper package).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "@playwright/test";

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/** The WCAG 2.2 A and AA rules (axe tags every rule with the levels it checks). */
export const WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

export interface Violation {
  id: string;
  impact: string | null;
  help: string;
  /** CSS selectors of the failing elements (the first few), and axe's summary of the first. */
  targets: string[];
  summary: string;
}

/** axe's violations of the WCAG A/AA rules on the page as it is now. */
export async function axeViolations(page: Page): Promise<Violation[]> {
  // Evaluated through the debugging protocol, not as an inline <script>: a page answered from the
  // shared cache has a hash-based policy that refuses an injected script (lib/http/csp.ts).
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    type Node = { target: unknown[]; failureSummary?: string };
    type Result = { id: string; impact?: string | null; help: string; nodes: Node[] };
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Result[] }> } }).axe;
    const { violations } = await axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] });
    return violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      targets: v.nodes.slice(0, 5).map((n) => n.target.map(String).join(" ")),
      summary: v.nodes[0]?.failureSummary ?? "",
    }));
  }, WCAG_AA);
}

/** One line per violation, for a failure message a developer can act on. */
export function describeViolations(address: string, violations: readonly Violation[]): string {
  return violations
    .map((v) => `${address}: ${v.id} (${v.impact ?? "?"}) ${v.help}\n  at ${v.targets.join(" | ")}\n  ${v.summary.replace(/\n/g, " ")}`)
    .join("\n");
}
