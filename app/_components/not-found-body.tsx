import { headers } from "next/headers";
import { MISSING_HEADER, MISSING_TEXT_HEADER } from "@/lib/http/missing";
import { interfaceOf } from "@/lib/i18n/server";
import { addressOf } from "@/lib/routes/addresses";

function decoded(value: string | null): string | null {
  if (value === null) return null;
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

export async function NotFoundBody() {
  const h = await headers();
  const { language, t } = await interfaceOf();
  const what = decoded(h.get(MISSING_HEADER));
  const text = decoded(h.get(MISSING_TEXT_HEADER));
  return (
    <>
      <h1>{t("notFound.title")}</h1>
      {what ? (
        // What is missing is named in French by the route index (lib/texts/routes.ts).
        <p>{t.rich("notFound.named", { what: () => (language === "fr" ? what : <span lang="fr">{what}</span>) })}</p>
      ) : (
        <p>{t("notFound.generic")}</p>
      )}
      <ul>
        {text ? (
          <li>
            <a href={addressOf({ kind: "text", text })}>{t("notFound.backToText")}</a>
          </li>
        ) : null}
        <li>
          <a href="/">{t("notFound.backHome")}</a>
        </li>
      </ul>
    </>
  );
}
