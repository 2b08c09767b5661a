import type { Metadata } from "next";
import { formError } from "@/app/_components/form-errors";
import { interfaceOf } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await interfaceOf();
  return { title: t("loginForm.title"), robots: { index: false } };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ error?: string; next?: string }> }) {
  const { error, next } = await searchParams;
  const { t } = await interfaceOf();
  const message = formError(error, t("loginForm.failed"), t);
  return (
    <>
      <h1>{t("loginForm.title")}</h1>
      <p className="lede">{t("loginForm.lede")}</p>
      {message ? (
        <p role="alert" className="status-banner excerpt" id="login-error">
          {message}
        </p>
      ) : null}
      <form method="post" action="/api/auth/login" className="card form-stack" aria-describedby={message ? "login-error" : undefined}>
        <input type="hidden" name="next" value={next && next.startsWith("/") && !next.startsWith("//") ? next : "/"} />
        <label>
          {t("loginForm.email")}
          <input type="email" name="email" autoComplete="username" required />
        </label>
        <label>
          {t("loginForm.password")}
          <input type="password" name="password" autoComplete="current-password" required />
        </label>
        <button type="submit">{t("loginForm.submit")}</button>
      </form>
    </>
  );
}
