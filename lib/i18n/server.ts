import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { resolveLanguage, type Language } from "./languages";
import { translator, type Translator } from "./catalogs";

/** This request's interface language and words: the remembered choice, else the browser's. */
export const interfaceOf = cache(async (): Promise<{ language: Language; t: Translator }> => {
  const h = await headers();
  const language = resolveLanguage(h.get("cookie"), h.get("accept-language"));
  return { language, t: translator(language) };
});
