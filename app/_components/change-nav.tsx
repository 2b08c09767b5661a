import { interfaceOf } from "@/lib/i18n/server";
import { ChangeShortcutsClient } from "./change-nav.client";

/** The comparison's keyboard shortcuts (change-nav.client.tsx), named in the interface's language. */
export async function ChangeShortcuts() {
  const { t } = await interfaceOf();
  return <ChangeShortcutsClient label={t("readerShortcuts.label")} />;
}
