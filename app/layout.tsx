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

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  // Preview cards need absolute URLs: the public address, not the one the server listens on.
  const fallback = new URL(`http://localhost:${process.env.PORT ?? "3000"}`);
  return { ...SITE, metadataBase: publicOrigin(await headers(), fallback) };
}

const SITE: Metadata = {
  title: { default: "Palimpseste", template: "%s · Palimpseste" },
  description:
    "Toutes les versions d'un texte de loi, comparées mot à mot, avec les commentaires ancrés sur les mots. Premier texte : « Bruxelles numérique ».",
};

/** What each account may do, in the page's words: the role's internal name is never shown. */
const ROLE_LABEL: Record<"editor" | "admin", string> = { editor: "édition", admin: "administration" };

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const mode = databaseMode();
  const session = await getSession().catch(() => null);
  const requestHeaders = await headers();
  // On paper, the page says where and when it was read: what a citation of it needs.
  const origin = publicOrigin(requestHeaders, new URL(`http://localhost:${process.env.PORT ?? "3000"}`)).origin;
  const pagePath = requestHeaders.get(PAGE_PATH_HEADER) ?? "/";
  const printedFrom = `${origin}${pagePath}`;
  // The header's search looks in the text being read; elsewhere in the first text.
  const searched = pathParts(new URL(pagePath, "http://palimpseste.invalid").pathname)?.text ?? "bruxelles-numerique";
  // An embed sits in another site's page: its own few lines, without the site's header and footer.
  if (mayBeFramed(pagePath)) {
    return (
      <html lang="fr">
        <body className="embed">{children}</body>
      </html>
    );
  }
  return (
    <html lang="fr" style={{ ["--printed-from" as string]: cssString(`Imprimé depuis ${printedFrom}, consulté le ${consultedOn(new Date())}`) }}>
      <body>
        <a className="skip-link" href="#contenu">
          Aller au contenu
        </a>
        <header className="site-header">
          <div className="inner">
            <a className="brand" href="/">
              Palimpseste<span>les versions d&rsquo;une loi, mot à mot</span>
            </a>
            <nav aria-label="Navigation principale">
              <ul>
                <li>
                  <a href="/">Textes</a>
                </li>
                <li>
                  <a href={addressOf({ kind: "text", text: "bruxelles-numerique" })}>Bruxelles numérique</a>
                </li>
                <li>
                  <a href="/compare-across">Comparer entre textes</a>
                </li>
                {session ? (
                  <li>
                    <a href={addressOf({ kind: "admin-import" })}>Importer un texte</a>
                  </li>
                ) : null}
                {session ? (
                  <li>
                    <form method="post" action="/api/auth/logout" className="inline-form">
                      <input type="hidden" name="csrf" value={session.csrfToken} />
                      <span className="meta">{session.user.name} — {ROLE_LABEL[session.user.role]} · </span>
                      <button type="submit" className="link-button">Se déconnecter</button>
                    </form>
                  </li>
                ) : (
                  <li>
                    <a href={addressOf({ kind: "login" })}>Éditeurs</a>
                  </li>
                )}
              </ul>
            </nav>
            <form method="get" action={addressOf({ kind: "search", text: searched })} className="header-search" role="search" aria-label="Rechercher dans le texte">
              <label htmlFor="header-q" className="sr-only">Rechercher des mots dans toutes les versions</label>
              <input id="header-q" type="search" name="q" maxLength={MAX_QUERY_CHARS} required placeholder="et/ou, charge disproportionnée…" />
              <button type="submit">Rechercher</button>
            </form>
          </div>
        </header>
        <main id="contenu" tabIndex={-1}>
          {children}
        </main>
        <footer className="site-footer">
          <div className="inner">
            <p>
              Palimpseste est un logiciel libre. Les textes non officiels sont signalés comme tels : extraits cités
              avec leur source, ou résumés rédigés par le projet.
            </p>
            <p className="print-only" data-testid="printed-from">
              Page imprimée depuis {printedFrom}, consultée le {consultedOn(new Date())}.
            </p>
            <p data-testid="db-mode" className="no-print">
              Base de données : {mode === "embedded" ? "intégrée (PGlite, dans .data/)" : "serveur PostgreSQL"}
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
