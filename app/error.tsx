"use client";

import { useSyncExternalStore } from "react";
import { CATALOGS } from "@/lib/i18n/catalogs";
import { DEFAULT_LANGUAGE, isLanguage, type Language } from "@/lib/i18n/languages";

const unchanging = () => () => {};
/** The page's language as the layout set it on <html> (French before hydration). */
function pageLanguage(): Language {
  const lang = document.documentElement.lang;
  return isLanguage(lang) ? lang : DEFAULT_LANGUAGE;
}

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const language = useSyncExternalStore(unchanging, pageLanguage, () => DEFAULT_LANGUAGE);
  const words = CATALOGS[language].error;
  return (
    <>
      <h1>{words.title}</h1>
      <p>{words.text}</p>
      <button type="button" onClick={() => reset()}>
        {words.retry}
      </button>
    </>
  );
}
