import type { TextStatus } from "@/lib/legal-text/types";
import { typeset } from "@/lib/legal-text/typography";
import { interfaceOf } from "@/lib/i18n/server";

export async function StatusBadge({ status }: { status: TextStatus }) {
  const { t } = await interfaceOf();
  return <span className={`badge badge-${status}`}>{t(`status.${status}`)}</span>;
}

/** The banner every non-official version carries, on screen and in print. */
export async function StatusBanner({ status, notes }: { status: TextStatus; notes: string | null }) {
  if (status === "official") return null;
  const { language, t } = await interfaceOf();
  return (
    <section className={`status-banner ${status}`} role="note" aria-label={t("status.bannerLabel")}>
      <p>
        <strong>{t("status.notOfficial")}</strong> {status === "excerpt" ? t("status.excerptBanner") : t("status.summaryBanner")}
      </p>
      {/* The version's own notes are written in French. */}
      {notes ? <p className="meta" lang={language === "fr" ? undefined : "fr"}>{typeset(notes)}</p> : null}
    </section>
  );
}

/** The banner of a page that sets two versions side by side: it speaks of each version that is not
 * the official text, by name, so that a summary is never taken for a quotation or the reverse. */
export async function PairStatusBanner({ versions }: { versions: { title: string; textStatus: TextStatus; language?: string }[] }) {
  const unofficial = versions.filter((v) => v.textStatus !== "official");
  if (unofficial.length === 0) return null;
  const { language, t } = await interfaceOf();
  const official = versions.filter((v) => v.textStatus === "official");
  return (
    <section className={`status-banner ${unofficial.some((v) => v.textStatus === "summary") ? "summary" : "excerpt"}`} role="note" aria-label={t("status.pairLabel")}>
      <p>
        <strong>{versions.length === 1 ? t("status.notOfficial") : official.length > 0 ? t("status.oneNotOfficial") : t("status.noneOfficial")}</strong>
      </p>
      <ul>
        {versions.map((v, i) => (
          <li key={i}>
            {/* A title in its own language; the colon after it as the interface writes one. */}
            <strong lang={v.language !== undefined && v.language !== language ? v.language : undefined}>{typeset(v.title)}</strong>
            {language === "fr" ? "\u202f: " : ": "}
            {t(`status.${v.textStatus}Sentence`)}
          </li>
        ))}
      </ul>
    </section>
  );
}
