// A note's category as the note's page and preview card name it: the stored value is the French
// word (lib/annotations/schema.ts), the catalog key gives it in the reader's language.
import type { Category } from "@/lib/annotations/schema";

export const CATEGORY_NAME = {
  recul: "category.recul",
  avancée: "category.avancee",
  "flou juridique": "category.flou",
  "interprétation de la Cour": "category.cour",
  note: "category.note",
} as const satisfies Record<Category, string>;

/** The catalog key of a stored category, or null for one the list does not know. */
export function categoryKey(category: string): (typeof CATEGORY_NAME)[Category] | null {
  return Object.hasOwn(CATEGORY_NAME, category) ? CATEGORY_NAME[category as Category] : null;
}
