// Which passwords an account may have. As NIST SP 800-63B asks: a minimum length, no composition
// rules (no « one digit, one capital »), and a refusal of passwords that are common, repetitive,
// sequential or made of the account's own name or address. zxcvbn-ts estimates how many guesses a
// password takes against its lists of common passwords, words (English, French, names) and
// patterns (repeats, sequences, keyboard rows, dates); its feedback, in French, says why.
import type { ZxcvbnFactory } from "@zxcvbn-ts/core";
import { MIN_PASSWORD_LENGTH } from "./password";

/** zxcvbn's score (0–4) a password needs: 3 is « safely unguessable » online, at least 10^8
 * guesses. */
export const MIN_SCORE = 3;

/** Words of this site a password must not lean on either. */
const SITE_WORDS = ["palimpseste", "bruxelles numérique"];

export class PasswordRefused extends Error {}

let factory: Promise<ZxcvbnFactory> | null = null;

/** Loaded once, on the first account created: the dictionaries weigh a few megabytes. */
function estimator(): Promise<ZxcvbnFactory> {
  factory ??= Promise.all([import("@zxcvbn-ts/core"), import("@zxcvbn-ts/language-common"), import("@zxcvbn-ts/language-fr")]).then(
    ([core, common, fr]) =>
      new core.ZxcvbnFactory({ translations: fr.translations, graphs: common.adjacencyGraphs, dictionary: { ...common.dictionary, ...fr.dictionary } }),
  );
  return factory;
}

/** zxcvbn's wording quotes with straight quotes ('aaa'): the site's are « ». */
const guillemets = (sentence: string) => sentence.replace(/'([^']+)'/gu, "«\u00a0$1\u00a0»");

/** Why `password` may not be used, in French, or null when it may. `context`: the account's own
 * words (e-mail address, name), which a password must not lean on. */
export async function passwordProblem(password: string, context: readonly string[] = []): Promise<string | null> {
  if (password.length < MIN_PASSWORD_LENGTH) {
    return `Mot de passe refusé : il doit compter au moins ${MIN_PASSWORD_LENGTH} caractères (une phrase de quelques mots convient).`;
  }
  const words = [...SITE_WORDS, ...context].flatMap((c) => c.toLowerCase().split(/[^\p{L}\p{N}]+/u)).filter((w) => w.length >= 3);
  const result = (await estimator()).check(password, words);
  if (result.score >= MIN_SCORE) return null;
  const why = [result.feedback.warning, ...result.feedback.suggestions]
    .filter((s): s is string => !!s)
    .map((s) => guillemets(s.trim().replace(/[.\s]*$/u, ".")));
  return ["Mot de passe refusé : trop facile à deviner.", ...why].join(" ");
}

/** Throws PasswordRefused with passwordProblem's message. */
export async function assertAcceptablePassword(password: string, context: readonly string[] = []): Promise<void> {
  const problem = await passwordProblem(password, context);
  if (problem) throw new PasswordRefused(problem);
}
