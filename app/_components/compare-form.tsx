import type { VersionSummary } from "@/lib/texts/data";
import { interfaceOf } from "@/lib/i18n/server";
import { versionDate } from "./format";
import { addressOf } from "@/lib/routes/addresses";

/** A plain GET form: works without JavaScript, the server redirects to the canonical compare URL. */
export async function CompareForm({
  textSlug,
  versions,
  from,
  to,
  inline = false,
  ignore = [],
}: {
  textSlug: string;
  versions: VersionSummary[];
  from?: string;
  to?: string;
  /** The compare page's own settings, kept when the reader picks other versions. */
  inline?: boolean;
  ignore?: readonly string[];
}) {
  const { language, t } = await interfaceOf();
  const options = versions.map((v) => (
    // The title is the law's words: the option says their language on a page in another.
    <option key={v.slug} value={v.slug} lang={v.language === language ? undefined : v.language}>
      {versionDate(v, language)} — {v.title}
    </option>
  ));
  const last = versions.at(-1)?.slug;
  const beforeLast = versions.at(-2)?.slug;
  return (
    <form className="compare-form" method="get" action={addressOf({ kind: "compare-form", text: textSlug })}>
      <label>
        {t("compareForm.from")}
        <select name="from" defaultValue={from ?? beforeLast}>
          {options}
        </select>
      </label>
      <label>
        {t("compareForm.to")}
        <select name="to" defaultValue={to ?? last}>
          {options}
        </select>
      </label>
      {inline ? <input type="hidden" name="view" value="inline" /> : null}
      {ignore.map((f) => (
        <input key={f} type="hidden" name="ignore" value={f} />
      ))}
      <button type="submit">{t("compareForm.submit")}</button>
    </form>
  );
}
