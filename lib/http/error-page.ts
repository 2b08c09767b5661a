// The small page of an error the site's layout cannot render (an address Next cannot decode, a
// request Node's parser refuses, the database away): a title, a sentence, a way back. In French
// unless the reader's language is known (lib/i18n/languages.ts). Pure.
import { translator } from "../i18n/catalogs";
import type { Language } from "../i18n/languages";

/** `title` and `text` are the site's own fixed wording (never taken from the request), in
 * `language`; `more` is markup built here, its values escaped. */
export function errorPage(title: string, text: string, more = "", language: Language = "fr"): string {
  return `<!doctype html>
<html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · Palimpseste</title></head>
<body><main><h1>${title}</h1>
<p>${text}</p>
${more}<p><a href="/">${translator(language)("errors.back")}</a></p></main></body></html>
`;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/gu, (c) => `&#${c.charCodeAt(0)};`);

/** The fields of a form sent back as the editor wrote them: the ones a person reads (named by
 * their catalog key), in fields to correct or copy; the rest (the form's token, the selection) as
 * they came. */
const SHOWN = { title: "requestErrors.fieldTitle", body: "requestErrors.fieldBody" } as const;
const isShown = (name: string): name is keyof typeof SHOWN => Object.hasOwn(SHOWN, name);
/** Never written into a page. */
const WITHHELD = new Set(["password"]);

/** The page while the database is unreachable, in the reader's language. A write is refused in so
 * many words; one that carried a person's text comes back with it, in a form that sends it again
 * once the database answers: an unsent commentary is never lost to an outage (the draft store is
 * in the database too, so it cannot keep it). */
export function unavailablePage(write?: { action: string; fields?: Readonly<Record<string, string>> }, language: Language = "fr"): string {
  const t = translator(language);
  const [title, text] = [t("errors.unavailableTitle"), t("errors.unavailableText")];
  if (!write) return errorPage(title, text, "", language);
  const entries = Object.entries(write.fields ?? {}).filter(([name]) => !WITHHELD.has(name));
  const refused = `<p id="resend-note" role="alert">${escapeHtml(entries.length > 0 ? t("requestErrors.writeKept") : t("requestErrors.writeLost"))}</p>\n`;
  if (entries.length === 0) return errorPage(title, text, refused, language);
  const hidden = entries
    .filter(([name]) => !isShown(name))
    .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
    .join("");
  const shown = entries
    .flatMap(([name, value]) => (isShown(name) ? [{ name, value, label: escapeHtml(t(SHOWN[name])) }] : []))
    .map(({ name, value, label }) =>
      name === "body"
        ? `<p><label for="resend-${name}">${label}</label><br><textarea id="resend-${name}" name="${name}" rows="12" cols="80">${escapeHtml(value)}</textarea></p>`
        : `<p><label for="resend-${name}">${label}</label><br><input id="resend-${name}" name="${name}" size="60" value="${escapeHtml(value)}"></p>`,
    )
    .join("\n");
  const form = `<form method="post" action="${escapeHtml(write.action)}" aria-describedby="resend-note">
${refused}${hidden}${shown}
<p><button type="submit">${escapeHtml(t("requestErrors.resend"))}</button></p></form>
`;
  return errorPage(title, text, form, language);
}
