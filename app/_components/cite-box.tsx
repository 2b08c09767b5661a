import { typeset } from "@/lib/legal-text/typography";
import { fullReference, type CitedText, type CitedVersion } from "@/lib/legal-text/reference";

/** What a page gives its provisions to cite them: the version, its text, and the absolute
 * address of a provision on this page (the page's own address with the provision's anchor). */
export interface CiteContext {
  version: CitedVersion;
  text: CitedText;
  permalink: (anchor: string) => string;
}

/**
 * « Citer »: the provision's full reference in French and Dutch with its permalink, as text to
 * select. A native disclosure, so it opens by keyboard and without JavaScript.
 */
export function CiteBox({ context, anchor, locator, provision, label }: { context: CiteContext; anchor: string; locator: string; provision?: string; label?: string }) {
  const url = context.permalink(anchor);
  // Typeset as the pages are: version titles are stored with straight apostrophes.
  const fr = typeset(fullReference(context.version, context.text, locator, "fr", provision));
  const nl = context.text.titleNl || context.version.stage === "arret" ? typeset(fullReference(context.version, context.text, locator, "nl", provision)) : null;
  return (
    // data-ref / data-url: what « Citer ce passage » (passage-cite.tsx) gives with selected words.
    <details className="cite no-print" data-ref={fr} data-url={url}>
      <summary>
        Citer{label ? ` — ${typeset(label)}` : ""}<span className="sr-only"> {locator || "cette version"}</span>
      </summary>
      <p className="cite-ref" data-lang="fr">
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
export function RowCite({ sides, anchor, permalink }: { sides: readonly { context: Omit<CiteContext, "permalink">; locator: string; provision: string; label: string }[]; anchor: string; permalink: CiteContext["permalink"] }) {
  return (
    <>
      {sides.map((s, i) => (
        <CiteBox key={i} context={{ ...s.context, permalink }} anchor={anchor} locator={s.locator} provision={s.provision} label={s.label} />
      ))}
    </>
  );
}
