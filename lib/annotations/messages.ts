// What an editor reads when an annotation is refused: French, naming the field as the form labels
// it and the provision as readers cite it (« art. 13, al. 1er »), never a path id or zod's words.
import type { z } from "zod";
import type { Miss } from "./locate";

/** The form's labels, by field name. */
const LABEL: Record<string, string> = {
  version: "Version",
  provision: "Disposition",
  exact: "Mots annotés",
  start: "Sélection",
  end: "Sélection",
  title: "Titre",
  body: "Commentaire",
  category: "Catégorie",
};

/** A field of the annotation forms, as the form labels it. */
export const fieldLabel = (name: string): string => LABEL[name] ?? name;

const number = new Intl.NumberFormat("fr-BE");
/** « 25 200 »: thousands apart, as French writes them. */
export const count = (n: number): string => number.format(n);

/** Words quoted back, cut short: a message is read, not a copy of the form. */
export function quoted(words: string, max = 80): string {
  const clipped = words.length > max ? `${words.slice(0, max - 1).trimEnd()}…` : words;
  return `«\u00a0${clipped}\u00a0»`;
}

/** « dans l’art. 13, al. 1er », « dans le § 2 »: a citation run into a sentence. */
export function inProvision(cite: string): string {
  if (/^(?:art|al)\./u.test(cite)) return `dans l’${cite}`;
  if (cite.startsWith("§")) return `dans le ${cite}`;
  return `dans ${quoted(cite)}`;
}

type Issue = z.ZodError["issues"][number];

function issueInFrench(issue: Issue, fields: Readonly<Record<string, string | undefined>>): string {
  const name = String(issue.path[0] ?? "");
  const label = LABEL[name] ?? "Formulaire";
  const value = (fields[name] ?? "").trim();
  switch (issue.code) {
    case "too_big":
      return issue.origin === "string"
        ? `${label} : ${count(value.length)} caractères, pour ${count(Number(issue.maximum))} au plus (${count(value.length - Number(issue.maximum))} de trop).`
        : `${label} : valeur trop grande.`;
    case "too_small":
      return issue.origin === "string" ? `${label} : à remplir.` : `${label} : position impossible.`;
    case "invalid_value":
      return `${label} : ${value ? `${quoted(value)} n’est pas proposé` : "à choisir"} ; choisissez parmi ${issue.values.map(String).join(", ")}.`;
    case "invalid_format":
      return `${label} : ${quoted(value)} n’est pas un identifiant reconnu.`;
    case "invalid_type":
      return `${label} : ${fields[name] === undefined ? "manquant" : "valeur illisible"}.`;
    case "custom":
      return "Mots annotés : à remplir (recopiez-les exactement, ou sélectionnez-les dans le texte).";
    default:
      return `${label} : valeur refusée.`;
  }
}

/** Every problem zod found in a form, in French, one sentence each. */
export function issuesInFrench(issues: readonly Issue[], fields: Readonly<Record<string, string | undefined>>): string {
  return [...new Set(issues.map((i) => issueInFrench(i, fields)))].join(" ");
}

/** Words that could not be found once in the chosen provision. */
export function missInFrench(miss: Miss, exact: string, cite: string): string {
  const where = inProvision(cite);
  if (miss.kind === "absent") {
    return `Mots annotés : ${quoted(exact)} ne figure pas ${where} de cette version. Recopiez les mots exactement (majuscules, apostrophes, espaces), ou sélectionnez-les dans le texte.`;
  }
  if (miss.kind === "context") return `Mots annotés : ${quoted(exact)} figure ${where}, mais pas à l’endroit indiqué.`;
  return `Mots annotés : ${quoted(exact)} figure ${miss.count} fois ${where} : sélectionnez dans le texte l’occurrence voulue, ou recopiez quelques mots de plus pour la désigner.`;
}

/** Why a selection cannot be anchored, or null when it can. */
export function selectionProblem(text: string, start: number, end: number, hasWord: (words: string) => boolean): string | null {
  if (start < 0 || end > text.length || start >= end) return "Sélection : les positions envoyées ne correspondent pas au texte de la disposition ; sélectionnez les mots à nouveau.";
  const high = (c: number) => c >= 0xd800 && c <= 0xdbff;
  const low = (c: number) => c >= 0xdc00 && c <= 0xdfff;
  const cutsPair = (at: number) => at > 0 && high(text.charCodeAt(at - 1)) && low(text.charCodeAt(at));
  if (cutsPair(start) || cutsPair(end)) return "Sélection : elle coupe un caractère en deux ; sélectionnez des mots entiers.";
  if (!hasWord(text.slice(start, end))) return "Sélection : les mots choisis ne contiennent ni lettre ni chiffre ; choisissez au moins un mot.";
  return null;
}

export const UNKNOWN_PROVISION = (id: string) => `Disposition : ${quoted(id)} n’est pas une disposition de cette version ; choisissez-en une dans la liste.`;
export const UNKNOWN_ACTION = (action: string, known: readonly string[]) => `Action : ${quoted(action || "(aucune)")} est inconnue ; attendu ${known.join(", ")}.`;
