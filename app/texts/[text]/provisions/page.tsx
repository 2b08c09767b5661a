import { Breadcrumbs } from "@/app/_components/breadcrumbs";
import { shareable } from "@/app/_components/share";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { Provenance } from "@/app/_components/sources";
import { VersionHead } from "@/app/_components/version-head";
import type { TextStatus } from "@/lib/legal-text/types";
import { loadGrid, type GridRow } from "@/lib/texts/history";
import { loadTextOverview } from "@/lib/texts/loaders";
import { addressOf } from "@/lib/routes/addresses";

type Params = { params: Promise<{ text: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { text } = await params;
  const short = (await loadTextOverview(text))?.shortTitle ?? text;
  return shareable({
    title: `Dispositions × versions — ${short}`,
    description: `${short} : pour chaque article et chaque version, la part des mots qui ont changé depuis l’étape précédente.`,
    path: addressOf({ kind: "provisions", text }),
  });
}

function shade(changed: number | null): string | undefined {
  if (changed === null) return undefined;
  return `hsl(35 90% ${Math.round(96 - changed * 0.4)}%)`;
}

/** A cell's text: what became of the provision at this version, never claiming an absence or a
 * novelty that the texts held cannot show. */
function cellLabel(c: GridRow["cells"][number], status: TextStatus, previous: TextStatus | null): ReactNode {
  if (c.status === "absent") {
    const [mark, word] = status === "official" ? ["—", "absent"] : ["?", "inconnu"];
    return (
      <span title={word}>
        <span aria-hidden="true">{mark}</span>
        <span className="sr-only">{word}</span>
      </span>
    );
  }
  if (c.status === "first" || c.status === "inserted") return previous === "official" ? "nouveau" : "connu";
  return c.changed === 0 ? "=" : `${c.changed}\u00a0%`;
}

export default async function GridPage({ params }: Params) {
  const p = await params;
  const text = await loadTextOverview(p.text);
  if (!text) notFound();
  const { versions, rows } = await loadGrid(p.text);
  return (
    <>
      <Breadcrumbs trail={[{ href: addressOf({ kind: "text", text: p.text }), label: text.shortTitle }]} current={"Dispositions"} />
      <h1>Chaque disposition, à chaque étape</h1>
      <p className="lede">Part des mots changés depuis la version précédente.</p>
      <ul className="meta grid-legend">
        <li>« = » : inchangé ; « 12 % » : part des mots changés ;</li>
        <li>« nouveau » : ajouté (absent de la version précédente, dont on connaît le texte entier) ;</li>
        <li>« connu » : texte connu ici, pas à l’étape précédente (dont on ne tient que des extraits ou un résumé) : il peut être plus ancien ;</li>
        <li>« — » : absent du texte entier ; « ? » : inconnu (seuls des extraits ou un résumé de cette version sont connus).</li>
        <li>Pour une version connue seulement en partie, « = » et les pourcentages comparent ce qu’on en connaît (extraits cités et nos résumés), pas son texte réel.</li>
      </ul>
      <div className="table-scroll">
        <table className="status-table grid-table">
          <thead>
            <tr>
              <th scope="col">Disposition</th>
              {versions.map((v) => (
                <th scope="col" key={v.slug}>
                  <VersionHead textSlug={p.text} version={v} />
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row"><a href={addressOf({ kind: "history", text: p.text, lineage: row.key })}>{row.label}</a></th>
                {row.cells.map((c, i) => {
                  const prev = versions[i - 1]?.slug;
                  const label = cellLabel(c, versions[i]?.textStatus ?? "official", versions[i - 1]?.textStatus ?? null);
                  const href = c.id && prev && c.status !== "first" ? addressOf({ kind: "compare", text: p.text, from: prev, to: c.slug, anchor: c.id }) : c.id ? addressOf({ kind: "version", text: p.text, version: c.slug, anchor: c.id }) : null;
                  return (
                    <td key={c.slug} style={{ background: shade(c.changed) }}>
                      {href ? <a href={href} aria-label={`${row.label}, ${versions[i]?.title ?? c.slug} : ${label}`}>{label}</a> : label}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Provenance versions={versions} />
    </>
  );
}
