// zod schemas of the two YAML boundaries: a version's front matter and a text's text.yaml.
// Every message says what was expected, because a human fixes these files by hand from the
// message alone (the location is added by located-yaml.ts).
import { z } from "zod";

import {
  DATE_PRECISIONS,
  DATE_QUALIFIERS,
  EVENT_KINDS,
  SOURCE_FORMATS,
  TEXT_STATUSES,
  type VersionSource,
} from "./types";

type Issue = z.core.$ZodRawIssue;

/** How a YAML value is named in a message: short, and quoted when it is a string. */
function describe(value: unknown): string {
  if (value === null) return "null";
  if (typeof value === "string") return JSON.stringify(value);
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  return String(value);
}

/** "missing (expected …)" when the key is absent, "expected …, got …" otherwise. */
function expected(what: string, showInput = true): { error: (issue: Issue) => string } {
  return {
    error: (issue) => {
      if (issue.input === undefined) return `missing (expected ${what})`;
      return showInput ? `expected ${what}, got ${describe(issue.input)}` : `expected ${what}`;
    },
  };
}

function oneOf(values: readonly string[]): { error: (issue: Issue) => string } {
  return expected(`one of ${values.join(" | ")}`);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day: 2023-02-30 is refused even though it has the right shape. */
function isCalendarDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

const DATE_MESSAGE = "an ISO date YYYY-MM-DD";
// The YAML core schema reads 2023-06-22 as a string, so a date is always a string here.
const isoDate = z
  .string(expected(DATE_MESSAGE, false))
  .refine((v) => ISO_DATE.test(v), { error: `expected ${DATE_MESSAGE}` })
  // The right shape but no such day (2023-02-30): say so, not that the format is wrong.
  .refine((v) => !ISO_DATE.test(v) || isCalendarDate(v), { error: (issue) => `expected a day that exists: ${String(issue.input)} is not in the calendar` });

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const slug = z
  .string(expected("a slug"))
  .regex(SLUG, { error: "expected a slug: lowercase letters, digits and single dashes" });

const text = z.string(expected("a string")).trim().min(1, { error: "expected a non-empty string" });

/** Null when absent or empty; numbers are kept as written (YAML reads 2024000830 as a number). */
const optionalText = z
  .union([z.string(), z.number().transform(String)], expected("a string or null"))
  .nullish()
  .transform((v) => (v === undefined || v === null || v.trim() === "" ? null : v.trim()));

// A host written with DNS's closing dot (« lire-et-ecrire.be./… », as some sites link to
// themselves) names the same site but reads as a typo in a citation: the plain host is asked for.
const url = z
  .url({ protocol: /^https?$/, error: "expected an http(s) URL" })
  .refine((u) => !new URL(u).hostname.endsWith("."), { error: "expected an http(s) URL whose host does not end with a dot" });

const PATH_ID = /^[a-z0-9-]+(?:__[a-z0-9-]+)*$/u;
const CONSIDERANT = /^B\.\d+(?:\.\d+)*$/u;

const sourceSchema = z
  .strictObject(
    {
      url,
      title: text,
      publisher: optionalText,
      date: isoDate.nullish(),
      quotes: z.array(text, expected("a list of quotations")).nullish(),
      // The language of the source's title and quotations, when it is not French (screen readers
      // then read them with the right voice).
      language: z.enum(["fr", "nl", "de", "en"], oneOf(["fr", "nl", "de", "en"])).nullish(),
      // For a ruling: where this source places the Court's reading of a provision (path id →
      // considérants « B.7.2 »), so a citation can point at the reasoning itself.
      considerants: z
        .record(
          z.string().regex(PATH_ID, { error: "expected a provision's path id (e.g. art-13__par-8)" }),
          z.array(z.string().regex(CONSIDERANT, { error: "expected a considérant such as B.12 or B.7.2" }), expected("a list of considérants")).min(1, { error: "expected at least one considérant" }),
          expected("provision path id: [considérants]"),
        )
        .nullish(),
    },
    expected("a source (url, title, publisher, date, quotes, language, considerants)"),
  )
  // Absent optional fields are left out rather than set to undefined: stored as JSON as is.
  .transform((s): VersionSource => {
    const source: VersionSource = { url: s.url, title: s.title };
    if (s.publisher !== null) source.publisher = s.publisher;
    if (s.date) source.date = s.date;
    if (s.quotes) source.quotes = s.quotes;
    if (s.language && s.language !== "fr") source.language = s.language;
    if (s.considerants) source.considerants = s.considerants;
    return source;
  });

const NUMAC = /^\d{10}$/;

export const versionFrontMatterSchema = z.strictObject(
  {
    text: slug,
    slug,
    stage: text,
    title: text,
    date: isoDate,
    dateQualifier: z.enum(DATE_QUALIFIERS, oneOf(DATE_QUALIFIERS)).default("exact"),
    adoptedBy: text,
    documentNumber: optionalText,
    numac: optionalText.refine((v) => v === null || NUMAC.test(v), {
      error: "expected a 10-digit numac (e.g. 2024000830) or null",
    }),
    language: z.enum(["fr", "nl", "de"], oneOf(["fr", "nl", "de"])),
    textStatus: z.enum(TEXT_STATUSES, oneOf(TEXT_STATUSES)),
    format: z.enum(SOURCE_FORMATS, oneOf(SOURCE_FORMATS)).default("markdown"),
    notes: optionalText,
    // The version of the same stage in another language that this one is an expression of (the
    // French act of this Dutch text): the two are shown side by side and checked for concordance.
    expressionOf: slug.nullish().transform((v) => v ?? null),
    // Provenance is not optional (DESIGN §2): every version says where its words come from.
    sources: z
      .array(sourceSchema, expected("a list of sources"))
      .min(1, { error: "expected at least one source (url, title)" }),
  },
  expected("key: value lines"),
);

export type VersionFrontMatter = z.output<typeof versionFrontMatterSchema>;

const eventSchema = z.strictObject(
  {
    date: isoDate,
    datePrecision: z.enum(DATE_PRECISIONS, oneOf(DATE_PRECISIONS)).default("day"),
    kind: z.enum(EVENT_KINDS, oneOf(EVENT_KINDS)),
    title: text,
    description: optionalText,
    version: slug.nullish().transform((v) => v ?? null),
    sources: z
      .array(sourceSchema, expected("a list of sources"))
      .nullish()
      .transform((v) => v ?? []),
  },
  expected("an event (date, kind, title, …)"),
);

export const textFileSchema = z.strictObject(
  {
    slug,
    shortTitle: text,
    titleFr: text,
    titleNl: optionalText,
    jurisdiction: text,
    eli: optionalText,
    summary: optionalText,
    events: z
      .array(eventSchema, expected("a list of events"))
      .nullish()
      .transform((v) => v ?? []),
    phrases: z
      .array(text, expected("a list of expressions to track"))
      .nullish()
      .transform((v) => v ?? []),
  },
  expected("key: value lines"),
);

export type TextFile = z.output<typeof textFileSchema>;
