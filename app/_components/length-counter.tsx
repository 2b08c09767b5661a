import { LOCALE_TAG } from "@/lib/i18n/languages";
import { interfaceOf } from "@/lib/i18n/server";
import { LengthCounterClient } from "./length-counter.client";

/** How many characters a field holds against its limit (length-counter.client.tsx), in the
 * interface's language. */
export async function LengthCounter({ fieldId, max }: { fieldId: string; max: number }) {
  const { language, t } = await interfaceOf();
  // The placeholders stay for the client to fill as the editor types.
  const words = { locale: LOCALE_TAG[language], count: t("readerLength.count", { length: "{length}", max }), over: t("readerLength.over", { over: "{over}" }) };
  return <LengthCounterClient fieldId={fieldId} max={max} words={words} />;
}
