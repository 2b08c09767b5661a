// Finding the annotated words in a provision: by offsets, or by their exact text (with optional
// words around them to tell several occurrences apart). Pure.
import type { ProvisionNode } from "../legal-text/types";

export type Located = { start: number; end: number } | { error: string };

export function locateWords(
  node: ProvisionNode,
  exact: string,
  context: { prefix?: string; suffix?: string } = {},
): Located {
  const text = node.text;
  const hits: number[] = [];
  for (let i = text.indexOf(exact); i >= 0 && exact !== ""; i = text.indexOf(exact, i + 1)) hits.push(i);
  const fits = hits.filter((i) => {
    const before = text.slice(0, i).trimEnd();
    const after = text.slice(i + exact.length).trimStart();
    return (!context.prefix || before.endsWith(context.prefix.trim())) && (!context.suffix || after.startsWith(context.suffix.trim()));
  });
  if (hits.length === 0) return { error: `"${exact}" is not in the text of ${node.id}` };
  if (fits.length === 0) return { error: `"${exact}" is in ${node.id}, but not next to the given prefix/suffix` };
  if (fits.length > 1) return { error: `"${exact}" occurs ${fits.length} times in ${node.id}: add a prefix or suffix to choose one` };
  const start = fits[0] as number;
  return { start, end: start + exact.length };
}
