import type { Metadata } from "next";
import { formError } from "@/app/_components/form-errors";

export const metadata: Metadata = { title: "Connexion des éditeurs", robots: { index: false } };


export default async function LoginPage({ searchParams }: { searchParams: Promise<{ error?: string; next?: string }> }) {
  const { error, next } = await searchParams;
  const message = formError(error, "La connexion a échoué.");
  return (
    <>
      <h1>Connexion des éditeurs</h1>
      <p className="lede">Lire, comparer et citer ne demandent aucun compte. Seuls les éditeurs se connectent, pour annoter.</p>
      {message ? (
        <p role="alert" className="status-banner excerpt" id="login-error">
          {message}
        </p>
      ) : null}
      <form method="post" action="/api/auth/login" className="card form-stack" aria-describedby={message ? "login-error" : undefined}>
        <input type="hidden" name="next" value={next && next.startsWith("/") && !next.startsWith("//") ? next : "/"} />
        <label>
          Adresse électronique
          <input type="email" name="email" autoComplete="username" required />
        </label>
        <label>
          Mot de passe
          <input type="password" name="password" autoComplete="current-password" required />
        </label>
        <button type="submit">Se connecter</button>
      </form>
    </>
  );
}
