import type { Metadata } from "next";
import { DiffText } from "@/app/_components/diff-text";
import { StatusBadge } from "@/app/_components/status";
import { Provenance } from "@/app/_components/sources";
import { loadAcross, loadProvisionChoices } from "@/lib/texts/loaders";
import { addressOf } from "@/lib/routes/addresses";

// « Entre textes »: this page sets one text's provision against another text's; the versions of one
// text are compared from that text's page (readers took « deux textes » for two versions).
export const metadata: Metadata = { title: "Comparer entre textes" };

type Props = { searchParams: Promise<{ a?: string; b?: string }> };

const DEFAULT_A = "bruxelles-numerique:ordonnance-2024-01-25:art-13";
const DEFAULT_B = "wallonie-numerique:decret-2024-11-21:art-inconnu-1";

export default async function AcrossPage({ searchParams }: Props) {
  const q = await searchParams;
  const a = q.a ?? DEFAULT_A;
  const b = q.b ?? DEFAULT_B;
  const [choices, result] = await Promise.all([loadProvisionChoices(), loadAcross(a, b)]);
  const select = (name: string, value: string, label: string) => (
    <label>
      {label}
      <select name={name} defaultValue={value}>
        {choices.map((c) => (
          <option key={c.value} value={c.value}>{c.label}</option>
        ))}
      </select>
    </label>
  );
  return (
    <>
      <h1>Comparer entre textes</h1>
      <p className="lede">Une disposition d&rsquo;un texte face à une disposition d&rsquo;un autre texte&#8239;: par exemple l&rsquo;article 13 bruxellois et la disposition wallonne équivalente («&#8239;et/ou&#8239;», «&#8239;ou&#8239;», «&#8239;et&#8239;»).</p>
      <p>
        Pour comparer deux versions d&rsquo;un même texte, choisissez-les sur la page du texte&#8239;: <a href={addressOf({ kind: "text", text: "bruxelles-numerique", anchor: "comparer" })}>comparer deux versions de «&#8239;Bruxelles numérique&#8239;»</a>.
      </p>
      <form method="get" className="compare-form">
        {select("a", a, "Disposition de départ")}
        {select("b", b, "Disposition d’arrivée")}
        <button type="submit">Comparer</button>
      </form>
      {!result ? (
        <p role="alert">Disposition introuvable : choisissez-en une dans les listes.</p>
      ) : (
        <section aria-labelledby="across-h" className="cmp-row">
          <h2 id="across-h" style={{ fontSize: "1.1rem" }}>
            {result.from.unit.number} ({result.from.view.version.title}) → {result.to.unit.number} ({result.to.view.version.title})
          </h2>
          <div className="cmp-cols">
            <div>
              <p className="cmp-side-label">
                <a href={addressOf({ kind: "version", text: result.from.text, version: result.from.view.version.slug, anchor: result.from.unit.id })}>{result.from.view.version.title}</a>{" "}
                <StatusBadge status={result.from.view.version.textStatus} />
              </p>
              <DiffText changes={result.diff.changes} side="from" lines={result.from.lines} pairLines={{ from: result.from.lines, to: result.to.lines }} present />
            </div>
            <div>
              <p className="cmp-side-label">
                <a href={addressOf({ kind: "version", text: result.to.text, version: result.to.view.version.slug, anchor: result.to.unit.id })}>{result.to.view.version.title}</a>{" "}
                <StatusBadge status={result.to.view.version.textStatus} />
              </p>
              <DiffText changes={result.diff.changes} side="to" lines={result.to.lines} pairLines={{ from: result.from.lines, to: result.to.lines }} present />
            </div>
          </div>
        </section>
      )}
      {result ? <Provenance versions={result.from.view.version.slug === result.to.view.version.slug && result.from.text === result.to.text ? [result.from.view.version] : [result.from.view.version, result.to.view.version]} /> : null}
    </>
  );
}
