// The interface's words in each language. French is the reference: the other catalogs hold the
// same keys (lib/i18n/catalogs.test.ts), so no label falls back to another language unseen.
// Each catalog is the site-wide file plus one file per area of the interface (the reader's
// components, the pages, the forms and their errors); an area only adds namespaces of its own.
import en from "./messages/en.json";
import fr from "./messages/fr.json";
import nl from "./messages/nl.json";
import formsEn from "./messages/forms/en.json";
import formsFr from "./messages/forms/fr.json";
import formsNl from "./messages/forms/nl.json";
import pagesEn from "./messages/pages/en.json";
import pagesFr from "./messages/pages/fr.json";
import pagesNl from "./messages/pages/nl.json";
import readerEn from "./messages/reader/en.json";
import readerFr from "./messages/reader/fr.json";
import readerNl from "./messages/reader/nl.json";
import { createTranslator } from "use-intl/core";
import type { Language } from "./languages";

type Catalog = Record<string, unknown>;

/** The site-wide catalog and its areas as one; an area that reuses a namespace is an error, since
 * one of the two would silently lose its words. */
export function joinCatalogs<T extends Catalog>(site: T, ...areas: Catalog[]): T {
  const joined: Catalog = { ...site };
  for (const area of areas) {
    for (const [namespace, words] of Object.entries(area)) {
      if (namespace in joined) throw new Error(`The namespace « ${namespace} » is defined twice in the interface's catalogs`);
      joined[namespace] = words;
    }
  }
  return joined as T;
}

export type Messages = typeof fr & typeof readerFr & typeof pagesFr & typeof formsFr;
export const CATALOGS: Readonly<Record<Language, Messages>> = {
  fr: joinCatalogs(fr, readerFr, pagesFr, formsFr) as Messages,
  nl: joinCatalogs(nl, readerNl, pagesNl, formsNl) as Messages,
  en: joinCatalogs(en, readerEn, pagesEn, formsEn) as Messages,
};

function createFor(language: Language, onError?: (error: Error) => void) {
  return createTranslator({ locale: language, messages: CATALOGS[language], timeZone: "Europe/Brussels", ...(onError ? { onError } : {}) });
}
export type Translator = ReturnType<typeof createFor>;

/** One translator per language, kept: each holds the formats of the messages it has parsed, which
 * helpers called once per row or per note would otherwise parse again. */
const KEPT = new Map<Language, Translator>();

/** A translator of the interface's words in `language` (ICU message syntax, use-intl). */
export function translator(language: Language, onError?: (error: Error) => void): Translator {
  if (onError) return createFor(language, onError);
  let kept = KEPT.get(language);
  if (!kept) {
    kept = createFor(language);
    KEPT.set(language, kept);
  }
  return kept;
}
