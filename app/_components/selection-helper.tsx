import { interfaceOf } from "@/lib/i18n/server";
import { SelectionHelperClient } from "./selection-helper.client";

/** Fills the annotation form from a selection in the text; its words in the interface's language. */
export async function SelectionHelper() {
  const { t } = await interfaceOf();
  return <SelectionHelperClient words={{ selected: t("readerSelection.selected"), quote: [t("readerSelection.open"), t("readerSelection.close")], hint: t("readerSelection.hint") }} />;
}
