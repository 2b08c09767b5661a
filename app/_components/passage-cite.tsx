import { interfaceOf } from "@/lib/i18n/server";
import { PassageCiteClient } from "./passage-cite.client";

/** « Citer ce passage » (passage-cite.client.tsx), its words in the interface's language. */
export async function PassageCite() {
  const { language, t } = await interfaceOf();
  return (
    <PassageCiteClient
      words={{
        title: t("readerPassageCite.title"),
        copy: t("readerPassageCite.copy"),
        close: t("readerPassageCite.close"),
        copied: t("readerPassageCite.copied"),
        // The reference is the French one its « Citer » box gives.
        referenceLang: language === "fr" ? undefined : "fr",
      }}
    />
  );
}
