import { typeset } from "@/lib/legal-text/typography";
import { locatorIn } from "@/lib/legal-text/cite";
import { fullReference, type CitedText, type CitedVersion } from "@/lib/legal-text/reference";
import type { Translator } from "@/lib/i18n/catalogs";
import type { Language } from "@/lib/i18n/languages";
import { interfaceOf } from "@/lib/i18n/server";

/** What a page gives its provisions to cite them: the version, its text, and the absolute
 * address of a provision on this page (the page's own address with the provision's anchor). */
export interface CiteContext {
  version: CitedVersion;
  text: CitedText;
  permalink: (anchor: string) => string;
}

interface CiteBoxProps {
  context: CiteContext;
  anchor: string;
  locator: string;
  provision?: string;
  label?: string;
}

/**
 * « Citer »: the provision's full reference in French and Dutch with its permalink, as text to
 * select. A native disclosure, so it opens by keyboard and without JavaScript.
 */
export async function CiteBox(props: CiteBoxProps) {
  const { language, t } = await interfaceOf();
  return <CiteWords {...props} t={t} language={language} />;
}

/** CiteBox with the interface's words given (a provision tree gives them to each of its boxes). */
export function CiteWords({ context, anchor, locator, provision, label, t, language }: CiteBoxProps & { t: Translator; language: Language }) {
  const url = context.permalink(anchor);
  // Typeset as the pages are: version titles are stored with straight apostrophes; each reference
  // in its own language's typography.
  const fr = typeset(fullReference(context.version, context.text, locator, "fr", provision));
  const nl = context.text.titleNl || context.version.stage === "arret" ? typeset(fullReference(context.version, context.text, locator, "nl", provision), { language: "nl" }) : null;
  return (
    // data-ref / data-url: what « Citer ce passage » (passage-cite.tsx) gives with selected words.
    // The box speaks the interface's language, whatever the language of the words around it.
    <details className="cite no-print" data-ref={fr} data-url={url} lang={language}>
      <summary>
        {t("readerCite.cite")}{label ? ` — ${typeset(label)}` : ""}<span className="sr-only"> {locatorIn(locator, language) || t("readerCite.thisVersion")}</span>
      </summary>
      <p className="cite-ref" lang="fr" data-lang="fr">
        {fr}, <a href={url}>{url}</a>
      </p>
      {nl ? (
        <p className="cite-ref" lang="nl" data-lang="nl">
          {nl}, <a href={url}>{url}</a>
        </p>
      ) : null}
    </details>
  );
}

/** A compared row's « Citer »: one reference per side the row holds, each from its own version
 * (the two are different texts, at different stages), with the comparison's permalink. */
export async function RowCite({ sides, anchor, permalink }: { sides: readonly { context: Omit<CiteContext, "permalink">; locator: string; provision: string; label: string }[]; anchor: string; permalink: CiteContext["permalink"] }) {
  const { language, t } = await interfaceOf();
  return (
    <>
      {sides.map((s, i) => (
        <CiteWords key={i} context={{ ...s.context, permalink }} anchor={anchor} locator={s.locator} provision={s.provision} label={s.label} t={t} language={language} />
      ))}
    </>
  );
}
