import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DifferenceSide, PairBreadcrumbs, differenceWords, pairPageMetadata, type PairPageParams } from "@/app/_components/language-pair";
import { typeset } from "@/lib/legal-text/typography";
import { addressOf } from "@/lib/routes/addresses";
import { loadLanguagePair } from "@/lib/texts/loaders";

export function generateMetadata(props: PairPageParams): Promise<Metadata> {
  return pairPageMetadata(props, "concordance", (v) => ({
    title: `Concordance français – néerlandais : ${v.title} — ${v.text.shortTitle}`,
    description: `${v.text.shortTitle} : où la structure du texte français et celle du texte néerlandais de « ${v.title} » diffèrent (dispositions, alinéas, points, numéros).`,
  }));
}

export default async function ConcordancePage({ params }: PairPageParams) {
  const p = await params;
  const loaded = await loadLanguagePair(p.text, p.version);
  if (!loaded?.pair) notFound();
  const { fr, concordance } = loaded.pair;
  const version = loaded.version.version;
  const { differences } = concordance;
  const articles = (language: "fr" | "nl") => concordance.rows.filter((r) => r[language]?.kind === "article").length;
  return (
    <>
      <PairBreadcrumbs version={version} current="Concordance" />
      <h1>{typeset(`Concordance du texte français et du texte néerlandais — ${fr.version.title}`)}</h1>
      <p>
        {typeset(
          `Les deux textes font également foi. Cette vérification compare leur structure, pas leur sens : une disposition, un alinéa ou un point présent dans une langue et pas dans l'autre, un numéro différent, un nombre différent d'éléments numérotés. Texte français : ${articles("fr")} articles ; texte néerlandais : ${articles("nl")} articles.`,
        )}
      </p>
      <p>
        <a href={addressOf({ kind: "languages", text: p.text, version: version.slug })}>Les deux textes côte à côte</a>
        {" · "}
        <a href={addressOf({ kind: "concordance", text: p.text, version: version.slug, api: true })}>Cette vérification en JSON</a>
      </p>
      <h2 id="differences">{differences.length === 0 ? "Aucune différence de structure" : `${differences.length} différence${differences.length > 1 ? "s" : ""} de structure`}</h2>
      {differences.length === 0 ? (
        <p>{typeset("Les deux textes ont les mêmes dispositions, alinéas et points, numérotés de la même façon.")}</p>
      ) : (
        <table className="status-table">
          <caption className="sr-only">Différences de structure entre le texte français et le texte néerlandais</caption>
          <thead>
            <tr>
              <th scope="col">Disposition</th>
              <th scope="col">Différence</th>
              <th scope="col">Texte français</th>
              <th scope="col">Texte néerlandais</th>
            </tr>
          </thead>
          <tbody>
            {differences.map((d) => (
              <tr key={`${d.provision}:${d.kind}`}>
                <td>
                  {d.provision === "texte" ? (
                    "le texte entier"
                  ) : (
                    <a href={addressOf({ kind: "languages", text: p.text, version: version.slug, anchor: d.fr === null && d.kind === "only-nl" ? `nl-${d.provision}` : d.provision })}>
                      <code>{d.provision}</code>
                    </a>
                  )}
                </td>
                <td>{differenceWords(d.kind)}</td>
                <td><DifferenceSide difference={d} language="fr" /></td>
                <td><DifferenceSide difference={d} language="nl" /></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
