// What an annotation may say: one schema for the fixtures file, the JSON API and the HTML forms.
import { z } from "zod";

/** The longest commentary and title an editor may publish (the forms say so before sending). */
export const BODY_MAX = 20_000;
export const TITLE_MAX = 200;

export const CATEGORIES = ["recul", "avancée", "flou juridique", "interprétation de la Cour", "note"] as const;
export type Category = (typeof CATEGORIES)[number];

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "expected a slug: lowercase letters, digits and single dashes").max(80);
const text = (max: number) => z.string().trim().min(1, "expected a non-empty text").max(max, `expected at most ${max} characters`);
const parsedHost = (u: string): string | null => {
  try {
    return new URL(u).hostname;
  } catch {
    return null;
  }
};
const source = z.strictObject({
  url: z
    .string()
    .regex(/^https?:\/\//, "expected an http(s) URL")
    .refine((u) => parsedHost(u) !== null, "expected an http(s) URL")
    // As in a version's sources (legal-text/schema.ts): « site.be./… » reads as a typo in a citation.
    .refine((u) => !(parsedHost(u) ?? "").endsWith("."), "expected an http(s) URL whose host does not end with a dot"),
  title: text(300),
});

export const fixtureAnnotationSchema = z.strictObject({
  slug,
  version: slug,
  provision: z.string().regex(/^[a-z0-9_-]+$/, "expected a path id such as art-13__par-1__al-2"),
  exact: text(1000),
  prefix: z.string().optional(),
  suffix: z.string().optional(),
  category: z.enum(CATEGORIES, { message: `expected one of ${CATEGORIES.join(" | ")}` }),
  author: text(200),
  title: text(200),
  body: text(20_000),
  sources: z.array(source).default([]),
});
export type FixtureAnnotation = z.output<typeof fixtureAnnotationSchema>;

export const annotationsFileSchema = z.strictObject({ annotations: z.array(fixtureAnnotationSchema) });

/** An editor's new annotation: the words are given by offsets, or by their exact text. */
export const createAnnotationSchema = z
  .object({
    version: slug,
    provision: z.string().regex(/^[a-z0-9_-]+$/, "expected a provision path id"),
    exact: z.string().max(1000).optional(),
    start: z.coerce.number().int().min(0).optional(),
    end: z.coerce.number().int().min(1).optional(),
    title: text(TITLE_MAX),
    body: text(BODY_MAX),
    category: z.enum(CATEGORIES, { message: `expected one of ${CATEGORIES.join(" | ")}` }),
  })
  .refine((v) => (v.start !== undefined && v.end !== undefined) || (v.exact ?? "").trim() !== "", {
    message: "expected the annotated words (exact) or their offsets (start, end)",
  });
export type CreateAnnotationInput = z.output<typeof createAnnotationSchema>;

export const updateAnnotationSchema = z.object({
  title: text(TITLE_MAX),
  body: text(BODY_MAX),
  category: z.enum(CATEGORIES, { message: `expected one of ${CATEGORIES.join(" | ")}` }),
});

// A cached placement read back from PostgreSQL (lib/annotations/placement.ts): its shape is
// checked here, its agreement with the version's tree there.
const change = z.strictObject({
  op: z.enum(["equal", "insert", "delete"]),
  text: z.string(),
  old: z.string().optional(),
  move: z.strictObject({ id: z.string(), other: z.strictObject({ id: z.string(), number: z.string().nullable() }) }).optional(),
});
const place = {
  provisionId: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  exactNow: z.string(),
  score: z.number().min(0).max(1),
  method: z.enum(["position", "quote", "fuzzy"]),
  inSummary: z.boolean(),
};
export const cachedPlacement = z.discriminatedUnion("status", [
  z.strictObject({ status: z.literal("same"), ...place }),
  z.strictObject({ status: z.literal("changed"), ...place, diff: z.array(change) }),
  z.strictObject({ status: z.literal("deleted"), provisionId: z.string().min(1), method: z.literal("none") }),
  z.strictObject({ status: z.literal("orphan"), method: z.literal("none") }),
]);
