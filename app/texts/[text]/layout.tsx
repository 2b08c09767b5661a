import type { ReactNode } from "react";
import { addressOf } from "@/lib/routes/addresses";
import { interfaceOf } from "@/lib/i18n/server";

// Every page of a text names its feed: a feed reader given any of them finds it (React puts the
// <link> in the document's head).
export default async function TextLayout({ children, params }: { children: ReactNode; params: Promise<{ text: string }> }) {
  const { text } = await params;
  const { t } = await interfaceOf();
  return (
    <>
      <link rel="alternate" type="application/atom+xml" title={t("pages.feed.subtitle")} href={addressOf({ kind: "feed", text })} />
      {children}
    </>
  );
}
