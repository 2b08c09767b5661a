// The reader's noise filters on a compare page, and how the page names them.
import type { NoiseFilter } from "@/lib/diff/noise";

export const NOISE_LABEL: Record<NoiseFilter, string> = {
  typography: "la typographie (’ ou ', espaces avant «\u00a0:\u00a0;\u00a0?\u00a0!\u00a0»)",
  markers: "les mentions « (nouveau) », « (supprimé) »",
  renumbering: "les simples renumérotations",
};

/** The reader's noise filters: a GET form, so the choice is in the URL and works without JavaScript. */
export function NoiseForm({ inline, ignore, note }: { inline: boolean; ignore: NoiseFilter[]; note?: string }) {
  return (
    <form method="get" className="noise-form no-print">
      <fieldset>
        <legend>Ignorer</legend>
        {(Object.keys(NOISE_LABEL) as NoiseFilter[]).map((f) => (
          <label key={f}>
            <input type="checkbox" name="ignore" value={f} defaultChecked={ignore.includes(f)} /> {NOISE_LABEL[f]}
          </label>
        ))}
        {inline ? <input type="hidden" name="view" value="inline" /> : null}
        {note ? <input type="hidden" name="note" value={note} /> : null}
        <button type="submit">Appliquer</button>
      </fieldset>
    </form>
  );
}
