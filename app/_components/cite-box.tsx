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
export function CiteBox({ context, anchor, locator }: { context: CiteContext; anchor: string; locator: string }) {
  const url = context.permalink(anchor);
  const fr = fullReference(context.version, context.text, locator, "fr");
  const nl = context.text.titleNl || context.version.stage === "arret" ? fullReference(context.version, context.text, locator, "nl") : null;
  return (
    <details className="cite no-print">
      <summary>
        Citer<span className="sr-only"> {locator || "cette version"}</span>
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
