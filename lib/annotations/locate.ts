// Finding the annotated words in a provision: by offsets, or by their exact text (with optional
// words around them to tell several occurrences apart). Pure.
import type { ProvisionNode } from "../legal-text/types";

/** Why the words were not found once: absent, present but not beside the given context, or there
 * several times. Each reader words it in their own language (fixtures: English, editors: French). */
export type Miss = { kind: "absent" } | { kind: "context" } | { kind: "ambiguous"; count: number };

export type Located = { start: number; end: number } | { miss: Miss };

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
  if (hits.length === 0) return { miss: { kind: "absent" } };
  if (fits.length === 0) return { miss: { kind: "context" } };
  if (fits.length > 1) return { miss: { kind: "ambiguous", count: fits.length } };
  const start = fits[0] as number;
  return { start, end: start + exact.length };
}

/** A miss in the words of the fixture files' other errors (for the people who write them). */
export function missInEnglish(miss: Miss, exact: string, provisionId: string): string {
  if (miss.kind === "absent") return `"${exact}" is not in the text of ${provisionId}`;
  if (miss.kind === "context") return `"${exact}" is in ${provisionId}, but not next to the given prefix/suffix`;
  return `"${exact}" occurs ${miss.count} times in ${provisionId}: add a prefix or suffix to choose one`;
}
