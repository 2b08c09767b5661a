// The editors' import form (/admin/import): its fields → the metadata of an official import
// (lib/import/official.ts), every problem at once, each with a code the page words in the reader's
// language and a French sentence for the logs; and the pairing corrections the preview's form
// sends. Pure module: the CLI's twin is args.ts.
import type { Language } from "../i18n/languages";
import type { LineageCorrection } from "./lineage";
import type { OfficialImportMeta } from "./official";

/** The largest file the form reads: a consolidated code runs to a few megabytes. Larger ones go
 * through the command line (`npm run import`, whose limit is the reader's own). */
export const IMPORT_FORM_MAX_BYTES = 4 * 1024 * 1024;
/** The body around the file: its fields and the multipart boundaries. */
export const IMPORT_BODY_MAX_BYTES = IMPORT_FORM_MAX_BYTES + 64 * 1024;

/** What the reader's messages call a pasted text, where they would name a file: a name in the
 * language of the editor who pasted it, since the page quotes it back to them. */
export const PASTED_NAMES: Record<Language, string> = { fr: "texte-colle.txt", nl: "geplakte-tekst.txt", en: "pasted-text.txt" };

export const META_FIELDS = ["text", "version", "stage", "date", "language", "status", "source", "expressionOf", "title"] as const;
export type MetaField = (typeof META_FIELDS)[number];
export type MetaFields = Partial<Record<MetaField, string>>;

export const FIELD_LABELS: Record<MetaField, string> = {
  text: "Texte (identifiant)",
  version: "Version (identifiant)",
  stage: "Étape",
  date: "Date",
  language: "Langue",
  status: "Statut du texte",
  source: "Adresse de la source",
  expressionOf: "Expression dans l’autre langue de la version",
  title: "Titre",
};

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Why an import is refused; the page says each in the reader's language (namespace importProblems). */
export const IMPORT_PROBLEM_CODES = [
  "required",
  "notSlug",
  "notDate",
  "language",
  "status",
  "notAddress",
  "selfExpression",
  "frontMatter",
  "unreadable",
  "metadata",
  "warnings",
  "rejected",
] as const;
export type ImportProblemCode = (typeof IMPORT_PROBLEM_CODES)[number];

export interface ImportProblem {
  code: ImportProblemCode;
  /** The problem in French, whole, as the logs and the command line write it. */
  message: string;
  /** The form's field it is about. */
  field?: MetaField;
  /** What was sent, quoted back (a field's value, a file's name). */
  value?: string;
  /** Where, as the reader locates it (« acte.txt:1 », or its whole located message, in its own words). */
  detail?: string;
}

/** A problem found in a form's field, its French sentence « Label : what is expected ». */
function fieldProblem(code: ImportProblemCode, field: MetaField, what: string, value?: string): ImportProblem {
  return { code, message: `${FIELD_LABELS[field]} : ${what}`, field, ...(value === undefined ? {} : { value }) };
}

/** The metadata fields of a form, trimmed; unknown fields are dropped. */
export function metaFieldsOf(fields: Readonly<Record<string, unknown>>): MetaFields {
  const out: MetaFields = {};
  for (const name of META_FIELDS) {
    const v = fields[name];
    if (typeof v === "string" && v.trim() !== "") out[name] = v.trim().slice(0, 2000);
  }
  return out;
}

/** The form's fields → the import's metadata, or every problem. */
export function importMetaOf(fields: MetaFields): { meta: OfficialImportMeta } | { problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const say = (code: ImportProblemCode, field: MetaField, what: string, value?: string) => problems.push(fieldProblem(code, field, what, value));
  for (const name of ["text", "version", "stage", "date", "language", "status"] as const) {
    if (!fields[name]) say("required", name, "champ obligatoire.");
  }
  for (const name of ["text", "version", "stage", "expressionOf"] as const) {
    const v = fields[name];
    if (v && !SLUG.test(v)) say("notSlug", name, `« ${v} » n’est pas un identifiant : lettres minuscules sans accent, chiffres et tirets simples (par exemple ordonnance-2024-01-25).`, v);
  }
  if (fields.date && !isIsoDate(fields.date)) say("notDate", "date", `« ${fields.date} » n’est pas une date AAAA-MM-JJ.`, fields.date);
  if (fields.language && fields.language !== "fr" && fields.language !== "nl") say("language", "language", "fr ou nl attendu.", fields.language);
  if (fields.status && fields.status !== "official" && fields.status !== "summary") {
    say("status", "status", "texte officiel ou résumé attendu (un extrait cité se marque dans un fichier Markdown).", fields.status);
  }
  if (fields.source && !/^https?:\/\/\S+$/.test(fields.source)) say("notAddress", "source", `« ${fields.source} » n’est pas une adresse http(s).`, fields.source);
  if (fields.expressionOf && fields.expressionOf === fields.version) say("selfExpression", "expressionOf", "une version ne peut pas être l’expression d’elle-même.", fields.expressionOf);
  if (problems.length > 0) return { problems };
  return {
    meta: {
      text: fields.text as string,
      version: fields.version as string,
      stage: fields.stage as string,
      date: fields.date as string,
      language: fields.language as "fr" | "nl",
      status: fields.status as "official" | "summary",
      source: fields.source ?? null,
      expressionOf: fields.expressionOf ?? null,
      title: fields.title ?? null,
      maxBytes: IMPORT_FORM_MAX_BYTES,
    },
  };
}

/** The preview's pairing selects are named `pair:<new id>`; their value is a previous provision's
 * id, « new » for a lineage of its own, or empty to keep the aligner's proposal. */
export const PAIR_PREFIX = "pair:";
export const PAIR_NEW = "new";

export function correctionsOf(fields: Readonly<Record<string, string>>): LineageCorrection[] {
  const out: LineageCorrection[] = [];
  for (const [name, value] of Object.entries(fields)) {
    if (!name.startsWith(PAIR_PREFIX) || value === "") continue;
    out.push({ id: name.slice(PAIR_PREFIX.length), from: value === PAIR_NEW ? null : value });
  }
  return out;
}

/** Problems kept as JSON (on a refused draft) → the problems, or one « rejected » problem holding
 * what was kept when it is not such a list. */
export function problemsOf(kept: string): ImportProblem[] {
  let parsed: unknown = null;
  try {
    parsed = JSON.parse(kept);
  } catch {
    parsed = null;
  }
  const isProblem = (p: unknown): p is ImportProblem =>
    typeof p === "object" && p !== null && (IMPORT_PROBLEM_CODES as readonly unknown[]).includes((p as ImportProblem).code) && typeof (p as ImportProblem).message === "string";
  if (Array.isArray(parsed) && parsed.length > 0 && parsed.every(isProblem)) return parsed;
  return [{ code: "rejected", message: kept, detail: kept }];
}

function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}
