import type { Metadata } from "next";
import { interfaceOf } from "@/lib/i18n/server";
import { NotFoundBody } from "./_components/not-found-body";

/** The tab says what happened, in the reader's language (« Pagina niet gevonden · Palimpseste »). */
export async function generateMetadata(): Promise<Metadata> {
  const { t } = await interfaceOf();
  return { title: t("notFound.title") };
}

export default function NotFound() {
  return <NotFoundBody />;
}
