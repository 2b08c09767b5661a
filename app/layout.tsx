import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { getSession } from "@/lib/auth/session";
import { databaseMode } from "@/lib/system/loaders";
import { consultedOn, PAGE_PATH_HEADER, publicOrigin } from "@/lib/http/origin";
import "./globals.css";
import { addressOf, pathParts } from "@/lib/routes/addresses";
import { mayBeFramed } from "@/lib/http/framing";
import { MAX_QUERY_CHARS } from "@/lib/search/query";
import { interfaceOf } from "@/lib/i18n/server";
import { LanguageSwitcher } from "./_components/language-switcher";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  // Preview cards need absolute URLs: the public address, not the one the server listens on.
  const fallback = new URL(`http://localhost:${process.env.PORT ?? "3000"}`);
  const { t } = await interfaceOf();
  return { ...SITE, description: t("site.description"), metadataBase: publicOrigin(await headers(), fallback) };
}

/** The first text, named in its own (French) words: the header links to it from every page. */
const FIRST_TEXT = { slug: "bruxelles-numerique", title: "Bruxelles numérique" } as const;

const SITE: Metadata = {
  title: { default: "Palimpseste", template: "%s · Palimpseste" },
};

/** What each account may do, in the page's words: the role's internal name is never shown. */
const ROLE_LABEL = { editor: "site.roleEditor", admin: "site.roleAdmin" } as const;

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const mode = databaseMode();
  const session = await getSession().catch(() => null);
  const requestHeaders = await headers();
  const { language, t } = await interfaceOf();
  // On paper, the page says where and when it was read: what a citation of it needs.
  const origin = publicOrigin(requestHeaders, new URL(`http://localhost:${process.env.PORT ?? "3000"}`)).origin;
  const pagePath = requestHeaders.get(PAGE_PATH_HEADER) ?? "/";
  const consulted = consultedOn(new Date(), language);
  const printedFrom = `${origin}${pagePath}`;
  // The header's search looks in the text being read; elsewhere in the first text.
  const searched = pathParts(new URL(pagePath, "http://palimpseste.invalid").pathname)?.text ?? FIRST_TEXT.slug;
  // An embed sits in another site's page: its own few lines, without the site's header and footer.
  if (mayBeFramed(pagePath)) {
    return (
      <html lang={language}>
        <body className="embed">{children}</body>
      </html>
    );
  }
  return (
    <html lang={language} style={{ ["--printed-from" as string]: cssString(t("site.printedMargin", { address: printedFrom, moment: consulted })) }}>
      <body>
        <a className="skip-link" href="#contenu">
          {t("site.skip")}
        </a>
        <header className="site-header">
          <div className="inner">
            <a className="brand" href="/">
              Palimpseste<span>{t("site.tagline")}</span>
            </a>
            <nav aria-label={t("site.nav")}>
              <ul>
                <li>
                  <a href="/">{t("site.texts")}</a>
                </li>
                <li>
                  <a href={addressOf({ kind: "text", text: FIRST_TEXT.slug })} lang={language === "fr" ? undefined : "fr"}>
                    {FIRST_TEXT.title}
                  </a>
                </li>
                <li>
                  <a href="/compare-across">{t("site.compareAcross")}</a>
                </li>
                {session ? (
                  <li>
                    <a href={addressOf({ kind: "admin-import" })}>{t("pages.layout.importText")}</a>
                  </li>
                ) : null}
                {session ? (
                  <li>
                    <form method="post" action="/api/auth/logout" className="inline-form">
                      <input type="hidden" name="csrf" value={session.csrfToken} />
                      <span className="meta">{session.user.name} — {t(ROLE_LABEL[session.user.role])} · </span>
                      <button type="submit" className="link-button">{t("site.logout")}</button>
                    </form>
                  </li>
                ) : (
                  <li>
                    <a href={addressOf({ kind: "login" })}>{t("site.editors")}</a>
                  </li>
                )}
              </ul>
            </nav>
            <form method="get" action={addressOf({ kind: "search", text: searched })} className="header-search" role="search" aria-label={t("site.searchLabel")}>
              <label htmlFor="header-q" className="sr-only">{t("site.searchField")}</label>
              <input id="header-q" type="search" name="q" maxLength={MAX_QUERY_CHARS} required placeholder={t("site.searchPlaceholder")} />
              <button type="submit">{t("site.searchButton")}</button>
            </form>
            <LanguageSwitcher language={language} back={pagePath} t={t} />
          </div>
        </header>
        <main id="contenu" tabIndex={-1}>
          {children}
        </main>
        <footer className="site-footer">
          <div className="inner">
            <p>{t("site.footer")}</p>
            <p className="print-only" data-testid="printed-from">
              {t("site.printedFrom", { address: printedFrom, moment: consulted })}
            </p>
            <p data-testid="db-mode" className="no-print">
              {t("site.database", { mode })}
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}

/** A CSS string literal of `text`: the printed pages' margin reads it (globals.css, @page). */
function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\n\r\f]/g, " ")}"`;
}
