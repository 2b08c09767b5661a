import { headers } from "next/headers";
import { MISSING_HEADER, MISSING_TEXT_HEADER } from "@/lib/http/missing";
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
  const what = decoded(h.get(MISSING_HEADER));
  const text = decoded(h.get(MISSING_TEXT_HEADER));
  return (
    <>
      <h1>Page introuvable</h1>
      {what ? (
        <p>Palimpseste ne connaît pas {what}. Vérifiez l&rsquo;adresse : elle a peut-être été mal recopiée, ou ce qu&rsquo;elle nomme a été retiré.</p>
      ) : (
        <p>Ce texte, cette version, cette comparaison ou ce commentaire n&rsquo;existe pas (ou plus) à cette adresse.</p>
      )}
      <ul>
        {text ? (
          <li>
            <a href={addressOf({ kind: "text", text })}>Retour au texte et à ses versions</a>
          </li>
        ) : null}
        <li>
          <a href="/">Retour à la liste des textes</a>
        </li>
      </ul>
    </>
  );
}
