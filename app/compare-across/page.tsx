import type { Metadata } from "next";
import { DiffText } from "@/app/_components/diff-text";
import { StatusBadge } from "@/app/_components/status";
import { Provenance } from "@/app/_components/sources";
import { loadAcross, loadProvisionChoices } from "@/lib/texts/loaders";
import { addressOf } from "@/lib/routes/addresses";
import { interfaceOf } from "@/lib/i18n/server";

// « Entre textes »: this page sets one text's provision against another text's; the versions of one
// text are compared from that text's page (readers took « deux textes » for two versions).
export async function generateMetadata(): Promise<Metadata> {
  const { t } = await interfaceOf();
  return { title: t("site.compareAcross") };
}

type Props = { searchParams: Promise<{ a?: string; b?: string }> };

const DEFAULT_A = "bruxelles-numerique:ordonnance-2024-01-25:art-13";
const DEFAULT_B = "wallonie-numerique:decret-2024-11-21:art-inconnu-1";
/** The text whose versions the page sends a reader to compare (its lede's example). */
const FIRST_TEXT = "bruxelles-numerique";

export default async function AcrossPage({ searchParams }: Props) {
  const q = await searchParams;
  const a = q.a ?? DEFAULT_A;
  const b = q.b ?? DEFAULT_B;
  const [choices, result] = await Promise.all([loadProvisionChoices(), loadAcross(a, b)]);
  const { language, t } = await interfaceOf();
  const lawLang = (words: string) => (words === language ? undefined : words);
  const select = (name: string, value: string, label: string) => (
    <label>
      {label}
      <select name={name} defaultValue={value}>
        {choices.map((c) => (
          <option key={c.value} value={c.value} lang={c.language === language ? undefined : c.language}>{c.label}</option>
        ))}
      </select>
    </label>
  );
  return (
    <>
      <h1>{t("site.compareAcross")}</h1>
      <p className="lede">{t("pages.across.lede")}</p>
      <p>
        {t.rich("pages.across.versions", {
          link: (chunks) => <a href={addressOf({ kind: "text", text: FIRST_TEXT, anchor: "comparer" })}>{chunks}</a>,
          // The text's name is its own French words.
          fr: (chunks) => <span lang={language === "fr" ? undefined : "fr"}>{chunks}</span>,
        })}
      </p>
      <form method="get" className="compare-form">
        {select("a", a, t("pages.across.from"))}
        {select("b", b, t("pages.across.to"))}
        <button type="submit">{t("compareForm.submit")}</button>
      </form>
      {!result ? (
        <p role="alert">{t("pages.across.missing")}</p>
      ) : (
        <section aria-labelledby="across-h" className="cmp-row">
          <h2 id="across-h" style={{ fontSize: "1.1rem" }}>
            <span lang={lawLang(result.from.view.version.language)}>{result.from.unit.number} ({result.from.view.version.title})</span> → <span lang={lawLang(result.to.view.version.language)}>{result.to.unit.number} ({result.to.view.version.title})</span>
          </h2>
          <div className="cmp-cols">
            <div>
              <p className="cmp-side-label">
                <a href={addressOf({ kind: "version", text: result.from.text, version: result.from.view.version.slug, anchor: result.from.unit.id })}>{result.from.view.version.title}</a>{" "}
                <StatusBadge status={result.from.view.version.textStatus} />
              </p>
              <DiffText changes={result.diff.changes} side="from" lines={result.from.lines} pairLines={{ from: result.from.lines, to: result.to.lines }} present lang={result.from.view.version.language} />
            </div>
            <div>
              <p className="cmp-side-label">
                <a href={addressOf({ kind: "version", text: result.to.text, version: result.to.view.version.slug, anchor: result.to.unit.id })}>{result.to.view.version.title}</a>{" "}
                <StatusBadge status={result.to.view.version.textStatus} />
              </p>
              <DiffText changes={result.diff.changes} side="to" lines={result.to.lines} pairLines={{ from: result.from.lines, to: result.to.lines }} present lang={result.to.view.version.language} />
            </div>
          </div>
        </section>
      )}
      {result ? <Provenance versions={result.from.view.version.slug === result.to.view.version.slug && result.from.text === result.to.text ? [result.from.view.version] : [result.from.view.version, result.to.view.version]} /> : null}
    </>
  );
}
