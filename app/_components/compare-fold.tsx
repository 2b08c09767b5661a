import { Breadcrumbs } from "@/app/_components/breadcrumbs";
import { interfaceOf } from "@/lib/i18n/server";
import { addressOf } from "@/lib/routes/addresses";

/** A run of unchanged provisions of a large comparison, folded into one line: their words are the
 * same on both sides, so the line sends the reader to them in the newer version (a plain link,
 * without JavaScript). Rendering them here made a page of ten thousand articles weigh 26 MB. */
export async function UnchangedRun({ id, first, last, count, href, versionTitle }: { id: string; first: string; last: string; count: number; href: string; versionTitle: string }) {
  const { t } = await interfaceOf();
  return (
    <p id={id} className="unchanged-run">
      {t.rich("readerFold.run", {
        count,
        first,
        last,
        version: versionTitle,
        range: (chunks) => <span className="meta">{chunks}</span>,
        link: (chunks) => <a href={href}>{chunks}</a>,
      })}
    </p>
  );
}

/** What a reader sees when the comparison passed the engine's time or memory bound. */
export async function TooHeavy({ textSlug, textTitle, from, to }: { textSlug: string; textTitle: string; from: string; to: string }) {
  const { t } = await interfaceOf();
  return (
    <>
      <Breadcrumbs trail={[{ href: addressOf({ kind: "text", text: textSlug }), label: textTitle, lang: "fr" }]} current={t("compare.crumb")} />
      <h1>{t("readerFold.heavyTitle")}</h1>
      <p role="status">{t("readerFold.heavyText")}</p>
      <ul>
        <li><a href={addressOf({ kind: "version", text: textSlug, version: from })}>{t("readerFold.readFirst")}</a></li>
        <li><a href={addressOf({ kind: "version", text: textSlug, version: to })}>{t("readerFold.readSecond")}</a></li>
        <li><a href={addressOf({ kind: "text", text: textSlug })}>{t("readerFold.chooseOthers")}</a></li>
      </ul>
    </>
  );
}
