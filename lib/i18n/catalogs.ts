// The interface's words in each language. French is the reference: the other catalogs hold the
// same keys (lib/i18n/catalogs.test.ts), so no label falls back to another language unseen.
import en from "./messages/en.json";
import fr from "./messages/fr.json";
import nl from "./messages/nl.json";
import { createTranslator } from "use-intl/core";
import type { Language } from "./languages";

export type Messages = typeof fr;
export const CATALOGS: Readonly<Record<Language, Messages>> = { fr, nl, en };

/** A translator of the interface's words in `language` (ICU message syntax, use-intl). */
export function translator(language: Language, onError?: (error: Error) => void) {
  return createTranslator({ locale: language, messages: CATALOGS[language], timeZone: "Europe/Brussels", ...(onError ? { onError } : {}) });
}
export type Translator = ReturnType<typeof translator>;
