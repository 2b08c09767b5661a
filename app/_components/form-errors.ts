// What a failed form says, in French, by the error code the write route sends back in ?error=
// (never the text of the address itself: a crafted link could otherwise put any words in front of
// an editor).
export const FORM_ERRORS: Record<string, string> = {
  invalid: "Le formulaire n’est pas valide : vérifiez les champs et recommencez.",
  phrase: "L’expression doit compter de 2 à 120 caractères.",
  unauthenticated: "Votre session a expiré : connectez-vous avec un compte d’éditeur, puis recommencez.",
  csrf: "Ce formulaire a expiré : rechargez la page et recommencez.",
  cross_site: "Requête refusée : elle ne vient pas de ce site.",
  bad_credentials: "Adresse ou mot de passe incorrect.",
  too_many_attempts: "Trop de tentatives : réessayez dans 15 minutes.",
  not_found: "Ce que le formulaire visait n’existe plus.",
  not_author: "Seuls son auteur et les administrateurs peuvent modifier ce commentaire.",
  payload_too_large: "Le formulaire envoyé dépasse 256 Kio : raccourcissez le commentaire, puis recommencez.",
  import_too_large: "Le formulaire envoyé dépasse 4 Mio : un fichier plus grand s’importe par la ligne de commande (npm run import). Rien n’a été écrit.",
  import_unreadable: "Le formulaire envoyé n’a pas pu être lu : choisissez le fichier ou collez le texte, puis recommencez. Rien n’a été écrit.",
  phrase_from_file:
    "Cette expression figure dans le fichier du texte (text.yaml) : retirez-la de ce fichier, sinon le prochain import la rajoute.",
};

/** The message of an error code from the address, or a general one for any other value. */
export function formError(code: string | undefined, general: string): string | null {
  return code ? (FORM_ERRORS[code] ?? general) : null;
}

/** The message of a code of the list above, or undefined for any other value (a page that has no
 * form of its own to speak for says nothing of an unknown code). */
export function knownFormError(code: unknown): string | undefined {
  return typeof code === "string" && Object.hasOwn(FORM_ERRORS, code) ? FORM_ERRORS[code] : undefined;
}
