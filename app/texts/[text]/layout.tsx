import type { ReactNode } from "react";
import { addressOf } from "@/lib/routes/addresses";

// Every page of a text names its feed: a feed reader given any of them finds it (React puts the
// <link> in the document's head).
export default async function TextLayout({ children, params }: { children: ReactNode; params: Promise<{ text: string }> }) {
  const { text } = await params;
  return (
    <>
      <link rel="alternate" type="application/atom+xml" title="Nouvelles versions et commentaires" href={addressOf({ kind: "feed", text })} />
      {children}
    </>
  );
}
