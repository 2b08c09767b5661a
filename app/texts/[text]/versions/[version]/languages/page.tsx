import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LANGUAGE_NAMES, PairBreadcrumbs, ProvisionWords, differenceWords, pairPageMetadata, type Language, type PairPageParams } from "@/app/_components/language-pair";
import { StatusBadge } from "@/app/_components/status";
import { typeset } from "@/lib/legal-text/typography";
import { addressOf } from "@/lib/routes/addresses";
import { loadLanguagePair } from "@/lib/texts/loaders";

export function generateMetadata(props: PairPageParams): Promise<Metadata> {
  return pairPageMetadata(props, "languages", (v) => ({
    title: `${v.title} en français et en néerlandais — ${v.text.shortTitle}`,
    description: `${v.text.shortTitle} : ${v.title}, texte français et texte néerlandais côte à côte, disposition par disposition.`,
  }));
}

export default async function LanguagesPage({ params }: PairPageParams) {
  const p = await params;
  const loaded = await loadLanguagePair(p.text, p.version);
  if (!loaded?.pair) notFound();
  const { fr, nl, concordance } = loaded.pair;
  const version = loaded.version.version;
  const differing = new Map(concordance.differences.map((d) => [d.provision, d] as const));
  const sides: Array<[Language, typeof fr]> = [["fr", fr], ["nl", nl]];
  return (
    <>
      <PairBreadcrumbs version={version} current="Français et néerlandais" />
      <h1>{typeset(fr.version.title)} — en français et en néerlandais</h1>
      <p>
        Les deux textes font également foi. Chaque ligne met côte à côte la même disposition dans les deux langues, appariées par leur
        numéro (et, là où la numérotation diffère, par leur ordre).{" "}
        <a href={addressOf({ kind: "concordance", text: p.text, version: version.slug })}>
          {typeset(`Concordance : ${concordance.differences.length === 0 ? "aucune différence de structure" : `${concordance.differences.length} différence${concordance.differences.length > 1 ? "s" : ""} de structure`}`)}
        </a>
      </p>
      <ul className="pair-versions">
        {sides.map(([language, side]) => (
          <li key={language}>
            Texte {LANGUAGE_NAMES[language]}&nbsp;:{" "}
            <a href={addressOf({ kind: "version", text: p.text, version: side.version.slug })} lang={language}>{language === "fr" ? typeset(side.version.title) : side.version.title}</a>{" "}
            <StatusBadge status={side.version.textStatus} />
          </li>
        ))}
      </ul>
      <table className="pair-table">
        <caption className="sr-only">Texte français et texte néerlandais, disposition par disposition</caption>
        <thead>
          <tr>
            <th scope="col">Texte français</th>
            <th scope="col"><span lang="nl">Nederlandse tekst</span> (texte néerlandais)</th>
          </tr>
        </thead>
        <tbody>
          {concordance.rows.map((row) => {
            const difference = differing.get(row.id);
            const id = `${row.fr ? "" : "nl-"}${row.id}`;
            return (
              <tr key={id} id={id} className={`pair-depth-${Math.min(row.depth, 5)}${difference ? " pair-differs" : ""}`}>
                {(["fr", "nl"] as const).map((language) => {
                  const node = row[language];
                  return (
                    <td key={language}>
                      {node ? <ProvisionWords node={node} language={language} /> : <p className="pair-absent">(absent du texte {LANGUAGE_NAMES[language]})</p>}
                      {difference && language === "nl" && difference.kind !== "count" ? <p className="pair-note">{differenceWords(difference.kind)}</p> : null}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
