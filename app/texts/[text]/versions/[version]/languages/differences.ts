// What differs between a version's French and Dutch structure, as the two-language pages name it
// in the reader's language (the words are in lib/i18n/messages/pages).
import type { DifferenceKind } from "@/lib/legal-text/concordance";

export const DIFFERENCE_KEY = {
  "only-fr": "pages.pair.kind.onlyFr",
  "only-nl": "pages.pair.kind.onlyNl",
  number: "pages.pair.kind.number",
  count: "pages.pair.kind.count",
} as const satisfies Record<DifferenceKind, string>;
