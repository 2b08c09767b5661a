import { Breadcrumbs } from "@/app/_components/breadcrumbs";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { formatDate } from "@/app/_components/format";
import { loadGrid } from "@/lib/texts/history";
import { loadTextOverview, pairParam } from "@/lib/texts/loaders";

type Params = { params: Promise<{ text: string }> };

export const metadata: Metadata = { title: "Dispositions × versions" };

function shade(changed: number | null): string | undefined {
  if (changed === null) return undefined;
  return `hsl(35 90% ${Math.round(96 - changed * 0.4)}%)`;
}

export default async function GridPage({ params }: Params) {
  const p = await params;
  const text = await loadTextOverview(p.text);
  if (!text) notFound();
  const { versions, rows } = await loadGrid(p.text);
  return (
    <>
      <Breadcrumbs trail={[{ href: `/texts/${p.text}`, label: text.shortTitle }]} current={"Dispositions"} />
      <h1>Chaque disposition, à chaque étape</h1>
      <p className="lede">Part des mots changés depuis la version précédente. « = » : inchangé ; « nouveau » : apparaît ; « — » : absent ou inconnu.</p>
      <div className="table-scroll">
        <table className="status-table grid-table">
          <thead>
            <tr>
              <th scope="col">Disposition</th>
              {versions.map((v) => (
                <th scope="col" key={v.slug}>
                  <a href={`/texts/${p.text}/versions/${v.slug}`}>{v.title}</a>
                  <br />
                  <span className="meta">{formatDate(v.date)}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row"><a href={`/texts/${p.text}/provisions/${row.key}`}>{row.label}</a></th>
                {row.cells.map((c, i) => {
                  const prev = versions[i - 1]?.slug;
                  const label = c.status === "absent" ? "—" : c.status === "first" || c.status === "inserted" ? "nouveau" : c.changed === 0 ? "=" : `${c.changed} %`;
                  const href = c.id && prev && c.status !== "first" ? `/texts/${p.text}/compare/${pairParam(prev, c.slug)}#${c.id}` : c.id ? `/texts/${p.text}/versions/${c.slug}#${c.id}` : null;
                  return (
                    <td key={c.slug} style={{ background: shade(c.changed) }}>
                      {href ? <a href={href}>{label}</a> : label}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
