// The reader's noise filters on a compare page, and how the page names them.
import { NOISE_FILTERS, type NoiseFilter } from "@/lib/diff/noise";
import type { Translator } from "@/lib/i18n/catalogs";
import { interfaceOf } from "@/lib/i18n/server";

/** Each filter named in the language of `t`. */
export function noiseLabels(t: Translator): Record<NoiseFilter, string> {
  return Object.fromEntries(NOISE_FILTERS.map((f) => [f, t(`noiseForm.${f}`)])) as Record<NoiseFilter, string>;
}

/** The reader's noise filters: a GET form, so the choice is in the URL and works without JavaScript. */
export async function NoiseForm({ inline, ignore, note }: { inline: boolean; ignore: NoiseFilter[]; note?: string }) {
  const { t } = await interfaceOf();
  const labels = noiseLabels(t);
  return (
    <form method="get" className="noise-form no-print">
      <fieldset>
        <legend>{t("noiseForm.legend")}</legend>
        {NOISE_FILTERS.map((f) => (
          <label key={f}>
            <input type="checkbox" name="ignore" value={f} defaultChecked={ignore.includes(f)} /> {labels[f]}
          </label>
        ))}
        {inline ? <input type="hidden" name="view" value="inline" /> : null}
        {note ? <input type="hidden" name="note" value={note} /> : null}
        <button type="submit">{t("noiseForm.submit")}</button>
      </fieldset>
    </form>
  );
}
