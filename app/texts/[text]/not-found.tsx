import type { Metadata } from "next";
import { interfaceOf } from "@/lib/i18n/server";
import { NotFoundBody } from "@/app/_components/not-found-body";

/** The tab says what happened, in the reader's language (« Pagina niet gevonden · Palimpseste »). */
export async function generateMetadata(): Promise<Metadata> {
  const { t } = await interfaceOf();
  return { title: t("notFound.title") };
}

// A boundary inside the segment: the 404 is then rendered in the page's HTML, readable without JavaScript.
export default function NotFound() {
  return <NotFoundBody />;
}
