// What a failed form says, in the reader's language, by the error code the write route sends back
// in ?error= (never the text of the address itself: a crafted link could otherwise put any words
// in front of an editor).
import { translator, type Translator } from "@/lib/i18n/catalogs";

/** The codes a write route sends back that have words of their own (lib/i18n: formErrors.*). */
const FORM_ERROR_CODES = [
  "invalid",
  "phrase",
  "unauthenticated",
  "csrf",
  "cross_site",
  "bad_credentials",
  "too_many_attempts",
  "not_found",
  "not_author",
  "payload_too_large",
  "import_too_large",
  "import_unreadable",
  "phrase_from_file",
] as const;
type FormErrorCode = (typeof FORM_ERROR_CODES)[number];

const isFormErrorCode = (code: unknown): code is FormErrorCode => typeof code === "string" && (FORM_ERROR_CODES as readonly string[]).includes(code);

/** French, for the pages that do not yet give their own translator. */
const FRENCH = translator("fr");

/** The message of an error code from the address, or `general` for any other value; `t`: the
 * page's translator (interfaceOf), French when not given. */
export function formError(code: string | undefined, general: string, t: Translator = FRENCH): string | null {
  if (!code) return null;
  return isFormErrorCode(code) ? t(`formErrors.${code}`) : general;
}

/** The message of a code of the list above, or undefined for any other value (a page that has no
 * form of its own to speak for says nothing of an unknown code). */
export function knownFormError(code: unknown, t: Translator = FRENCH): string | undefined {
  return isFormErrorCode(code) ? t(`formErrors.${code}`) : undefined;
}
