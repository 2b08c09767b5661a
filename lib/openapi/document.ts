// The OpenAPI 3.1 description of the whole JSON API, served at /api/v1/openapi.json. Pure data.
//
// One entry of ENDPOINTS is one operation (a path and a method); its parameters carry an `example`
// taken from the shipped fixtures, which the end-to-end test calls on the running server (every GET
// must answer 200 with a body its schema accepts). A test lists the route files of app/api and
// fails on a route left out here or an entry with no route: adding an endpoint is adding an entry,
//   { path: "/api/v1/texts/{text}/search", method: "get", summary: "…", tags: ["texts"],
//     parameters: [TEXT, query("q", "…", "charge disproportionnée")], responses: { 200: json(ref("…")), ...READ_ERRORS } },
// and its schema under SCHEMAS when the answer is JSON.
//
// Schemas are JSON Schema 2020-12 (OpenAPI 3.1's dialect). Objects the API builds itself refuse
// properties they do not list, so that a field added to an answer fails the test until it is
// documented here.

type Schema = Record<string, unknown>;

export interface Parameter {
  name: string;
  in: "path" | "query";
  required: boolean;
  description: string;
  schema: Schema;
  /** A value from the fixtures: the end-to-end test calls the operation with it. */
  example?: string;
}

interface Response {
  description: string;
  content?: Record<string, { schema: Schema }>;
}

export interface Endpoint {
  path: string;
  method: "get" | "post" | "delete";
  summary: string;
  description?: string;
  tags: string[];
  parameters?: Parameter[];
  requestBody?: { required: boolean; content: Record<string, { schema: Schema }> };
  responses: Record<number, Response>;
}

export const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
const nullable = (schema: Schema): Schema => ({ oneOf: [schema, { type: "null" }] });
const str = (description?: string): Schema => (description ? { type: "string", description } : { type: "string" });
const arr = (items: Schema): Schema => ({ type: "array", items });
/** An object that lists all its properties, each required. */
const obj = (properties: Record<string, Schema>, optional: readonly string[] = []): Schema => ({
  type: "object",
  properties,
  required: Object.keys(properties).filter((k) => !optional.includes(k)),
  additionalProperties: false,
});

export const json = (schema: Schema, description = "OK"): Response => ({ description, content: { "application/json": { schema } } });
const file = (type: string, description: string): Response => ({ description, content: { [type]: { schema: { type: "string" } } } });
const error = (description: string): Response => json(ref("Error"), description);

/** The errors every read may answer with. */
export const READ_ERRORS: Record<number, Response> = {
  400: error("Malformed address (a control character, bad percent-encoding) or parameter"),
  404: error("No such text, version or item"),
};
const WRITE_ERRORS: Record<number, Response> = {
  ...READ_ERRORS,
  401: error("No editor session"),
  403: error("Missing or wrong CSRF token, or a request from another site"),
  413: error("Body larger than the limit"),
};

const path = (name: string, description: string, example?: string): Parameter => ({ name, in: "path", required: true, description, schema: { type: "string" }, ...(example === undefined ? {} : { example }) });
export const query = (name: string, description: string, example?: string): Parameter => ({ name, in: "query", required: false, description, schema: { type: "string" }, ...(example === undefined ? {} : { example }) });

export const TEXT = path("text", "Slug of the text", "bruxelles-numerique");
export const VERSION = path("version", "Slug of the version", "apo2-2023-06-22");
const PAIR = path("pair", "Two version slugs joined by three dots, « from...to »; with « .csv » after it, the changes as CSV", "apo2-2023-06-22...projet-2023-09-28");
const LINEAGE = path("lineage", "Lineage key of the provision (percent-encoded), or a version's path id, which redirects to it", "inclusion");
const NOTE = path("slug", "Slug of the annotation", "et-ou-apo2");
const PHRASE_ID = path("id", "Id of the tracked phrase");
const IGNORE: Parameter = { ...query("ignore", "Noise filters, repeatable: typography, markers, renumbering"), schema: { type: "array", items: { type: "string", enum: ["typography", "markers", "renumbering"] } } };

const FORM = (schema: Schema) => ({
  required: true,
  content: { "application/json": { schema }, "application/x-www-form-urlencoded": { schema } },
});

const TEXT_STATUS = { type: "string", enum: ["official", "excerpt", "summary"], description: "Whose words: the official text, verbatim excerpts, or our own summary" };
const ALIGN_STATUS = ["unchanged", "modified", "renumbered", "moved", "split", "merged", "inserted", "deleted"];

const VERSION_PROPERTIES: Record<string, Schema> = {
    slug: str(),
    stage: str("Stage of the procedure: brouillon, avant-projet-1, projet, commission, acte, arret…"),
    title: str(),
    date: { type: "string", format: "date" },
    dateQualifier: { enum: ["exact", "latest"] },
    adoptedBy: str(),
    documentNumber: nullable(str()),
    numac: nullable(str("Moniteur belge numac")),
    expressionOf: nullable(str("Slug of the version of the same stage, in another language, that this one is an expression of")),
    language: { enum: ["fr", "nl", "de"] },
    textStatus: ref("TextStatus"),
    sources: arr(ref("Source")),
    notes: nullable(str()),
    sha256: str("SHA-256 of the imported source file"),
  };

export const SCHEMAS: Record<string, Schema> = {
  Error: obj({ error: obj({ code: str("Machine-readable code"), message: str("What was wrong, in English") }) }),
  SearchAnswer: (() => {
    const fragments = arr(obj({ text: str(), match: { type: "boolean" } }));
    const passage = obj({ id: str("Path id in the version"), number: nullable(str()), status: ref("TextStatus"), heading: nullable(fragments), text: fragments });
    const hit = obj({ version: str(), textStatus: ref("TextStatus"), standing: { enum: ["official", "quotation", "summary"] }, passages: arr(passage) });
    return obj({
      text: str(),
      q: str(),
      mode: { enum: ["phrase", "words"] },
      truncated: { type: "boolean", description: "More provisions matched than are listed" },
      results: arr(obj({ lineage: str(), article: { type: "boolean" }, number: nullable(str()), heading: nullable(str()), versions: arr(str()), held: arr(str()), summaryOnly: arr(str()), hits: arr(hit) })),
    });
  })(),
  Concordance: obj({
    version: str(),
    language: { enum: ["fr", "nl", "de"] },
    with: str("The other-language expression of the same stage"),
    withLanguage: { enum: ["fr", "nl", "de"] },
    differences: arr(obj({ provision: str("Path id"), kind: { enum: ["only-fr", "only-nl", "number", "count"] }, fr: nullable(str()), nl: nullable(str()) })),
  }),
  OEmbed: obj({
    version: { const: "1.0" },
    type: { const: "rich" },
    provider_name: { const: "Palimpseste" },
    provider_url: str(),
    title: str(),
    html: str("An <iframe> of the embed"),
    width: { type: "integer" },
    height: { type: "integer" },
  }),
  Health: obj({ status: { const: "ok" }, database: { enum: ["embedded", "server"] }, versions: { type: "integer" } }),
  TextStatus: TEXT_STATUS,
  Source: obj(
    // An IRI: addresses are kept as their sites write them, accents included.
    { url: { type: "string", format: "iri" }, title: str(), publisher: str(), date: { type: "string", format: "date" }, quotes: arr(str()), language: { enum: ["nl", "de", "en"] }, considerants: { type: "object", description: "A ruling's source: provision path id → the numbered considérants (B.12…) that read it", additionalProperties: arr(str()) } },
    ["publisher", "date", "quotes", "language", "considerants"],
  ),
  Version: obj(VERSION_PROPERTIES),
  VersionList: obj({ text: str(), versions: arr(ref("Version")) }),
  Provision: obj({
    id: str("Path id inside the version, « art-13__par-1__al-2 »"),
    kind: { enum: ["book", "part", "title", "chapter", "section", "subsection", "article", "paragraph", "alinea", "point", "littera"] },
    number: nullable(str()),
    heading: nullable(str()),
    text: str(),
    textStatus: ref("TextStatus"),
    lineage: str("Key shared by the same provision across versions"),
    children: arr(ref("Provision")),
  }),
  // The version's own fields, then its text and its tree.
  VersionDetail: obj({
    ...VERSION_PROPERTIES,
    text: str("Slug of the text"),
    provisions: arr(ref("Provision")),
    amendments: arr(
      obj({
        provision: str("Path id of the amended provision"),
        action: str("What the mark says was done: inserted, replaced, repealed…"),
        act: obj({ type: str("Kind of amending act (L, AR, ORD…)"), date: { type: "string", format: "date" }, dossier: nullable(str("Justel dossier number")) }),
        article: nullable(str("Article of the amending act")),
        inForce: nullable({ type: "string", format: "date" }),
        note: nullable({ type: "integer", description: "Number of the bracketed note the mark points to" }),
        words: nullable(str("The words the numbered brackets enclose")),
        mark: str("The mark as the page writes it"),
        line: { type: "integer", description: "Line of the source the mark stands on" },
      }),
    ),
  }),
  ProvisionRef: obj({ id: str(), number: nullable(str()) }),
  Change: obj(
    {
      op: { enum: ["equal", "insert", "delete"] },
      text: str(),
      move: obj({ id: str(), other: ref("ProvisionRef") }),
      old: str("An equal passage's older wording, when a noise filter made it equal"),
      notCited: { enum: ["later", "earlier", "mark"] },
      notCitedBecause: { enum: ["omission", "summary"] },
    },
    ["move", "old", "notCited", "notCitedBecause"],
  ),
  Comparison: obj({
    from: str(),
    to: str(),
    versions: obj({ from: ref("Version"), to: ref("Version") }),
    provisions: arr(
      obj({
        key: str("Lineage key"),
        from: nullable(ref("ProvisionRef")),
        to: nullable(ref("ProvisionRef")),
        status: { enum: ALIGN_STATUS },
        absence: { enum: ["absent", "not-in-known-text", null] },
        similarity: { type: "number", minimum: 0, maximum: 1 },
        matchedBy: { enum: ["lineage", "text", "number", "similarity", "none"] },
        rewritten: { type: "boolean" },
        group: nullable(arr(ref("ProvisionRef"))),
        fromLines: arr(ref("TextStatus")),
        toLines: arr(ref("TextStatus")),
        changes: arr(ref("Change")),
      }),
    ),
  }),
  ProvisionHistory: obj({
    text: str(),
    lineage: str(),
    versions: arr(
      obj({
        slug: str(),
        date: { type: "string", format: "date" },
        textStatus: ref("TextStatus"),
        present: nullable({ type: "boolean" }),
        absence: { enum: ["absent", "not-in-known-text", null] },
        id: nullable(str()),
        number: nullable(str()),
        text: nullable(str()),
        lines: nullable(arr(ref("TextStatus"))),
        sources: arr(ref("Source")),
        status: { enum: [...ALIGN_STATUS, "absent", "first"] },
        changes: nullable(arr(ref("Change"))),
        previousLines: nullable(arr(ref("TextStatus"))),
      }),
    ),
  }),
  PhraseTrack: obj({
    id: { type: "integer" },
    phrase: str(),
    addedByEditor: { type: "boolean" },
    appeared: arr(str()),
    firstAttested: nullable(str()),
    disappeared: arr(str()),
    versions: arr(obj({ slug: str(), present: nullable({ type: "boolean" }), count: { type: "integer" }, where: arr(obj({ id: str(), article: nullable(str()), number: nullable(str()) })) })),
  }),
  Annotation: {
    type: "object",
    description: "A W3C Web Annotation (JSON-LD)",
    properties: {
      "@context": { const: "http://www.w3.org/ns/anno.jsonld" },
      id: { type: "string", format: "uri" },
      type: { const: "Annotation" },
      created: { type: "string", format: "date-time" },
      modified: { type: "string", format: "date-time" },
      creator: obj({ type: { const: "Person" }, name: str() }),
      "dcterms:contributor": arr(obj({ type: { const: "Person" }, name: str() })),
      motivation: { const: "commenting" },
      body: arr({ type: "object", properties: { type: { const: "TextualBody" }, value: str() }, required: ["type", "value"] }),
      target: {
        type: "object",
        properties: { source: { type: "string", format: "uri" }, selector: arr({ type: "object", properties: { type: str() }, required: ["type"] }) },
        required: ["source", "selector"],
      },
    },
    required: ["@context", "id", "type", "created", "modified", "creator", "motivation", "body", "target"],
    additionalProperties: false,
  },
  AnnotationCollection: obj({ "@context": { const: "http://www.w3.org/ns/anno.jsonld" }, id: { type: "string", format: "uri" }, type: { const: "AnnotationCollection" }, total: { type: "integer" }, items: arr(ref("Annotation")) }),
  Ok: obj({ ok: { const: true } }),
};

const ANNOTATION_FIELDS = obj(
  { csrf: str("The session's CSRF token"), version: str(), provision: str(), exact: str(), prefix: str(), suffix: str(), body: str("Markdown"), category: str(), action: str() },
  ["csrf", "version", "provision", "exact", "prefix", "suffix", "body", "category", "action"],
);

export const ENDPOINTS: Endpoint[] = [
  { path: "/api/health", method: "get", summary: "Whether the server and its database answer", tags: ["system"], responses: { 200: json(ref("Health")) } },
  {
    path: "/api/v1/texts/{text}/search",
    method: "get",
    summary: "Words or a phrase across every version of a text, accents and case ignored, grouped by provision lineage",
    description: "`versions` lists where the words stand; `held` where they stand in the law's own words (official text or a quotation), `summaryOnly` where they stand only in our summary. The query is searched as plain words: no operator is read.",
    tags: ["texts"],
    parameters: [
      TEXT,
      { ...query("q", "The words (1 to 200 characters)", "et/ou"), required: true },
      { ...query("mode", "phrase (the words in this order, default) or words (all of them, anywhere in the provision)"), schema: { type: "string", enum: ["phrase", "words"] } },
    ],
    responses: { 200: json(ref("SearchAnswer")), ...READ_ERRORS },
  },
  {
    path: "/api/v1/texts/{text}/versions/{version}/concordance",
    method: "get",
    summary: "Where the structure of a version differs from its other-language expression (FR/NL)",
    tags: ["texts"],
    parameters: [{ ...TEXT, example: "essai-bilingue" }, { ...VERSION, example: "acte-fr" }],
    responses: { 200: json(ref("Concordance")), ...READ_ERRORS },
  },
  {
    path: "/api/oembed",
    method: "get",
    summary: "oEmbed answer for a note or a comparison of this site: an <iframe> of its embed",
    tags: ["system"],
    parameters: [
      { ...query("url", "Absolute address (the example is relative to the server) of a note page, a compare page (its #anchor names the provision) or an embed", "/texts/bruxelles-numerique/notes/et-ou-apo2"), required: true },
      query("maxwidth", "Largest width the consumer can show, in pixels"),
      query("maxheight", "Largest height the consumer can show, in pixels"),
      { ...query("format", "Only json is served"), schema: { type: "string", enum: ["json", "xml"] } },
    ],
    responses: { 200: json(ref("OEmbed")), 400: error("A missing or malformed parameter"), 404: error("Not an address of this site, or one with no embed"), 501: error("format=xml"), 503: error("The comparison is too heavy to compute now") },
  },
  { path: "/api/v1/openapi.json", method: "get", summary: "This document", tags: ["system"], responses: { 200: json({ type: "object", required: ["openapi", "info", "paths"] }) } },
  {
    path: "/api/auth/login",
    method: "post",
    summary: "Opens an editor session (cookie)",
    description: "A form posts and is redirected (303); a JSON body gets JSON.",
    tags: ["auth"],
    requestBody: FORM(obj({ email: str(), password: str(), next: str() }, ["next"])),
    responses: { 200: json(ref("Ok")), 303: { description: "Form: back to `next`" }, 401: error("Wrong e-mail or password"), 403: error("A request from another site"), 429: error("Too many attempts (Retry-After)") },
  },
  {
    path: "/api/auth/logout",
    method: "post",
    summary: "Closes the editor session",
    tags: ["auth"],
    requestBody: FORM(obj({ csrf: str() })),
    responses: { 200: json(ref("Ok")), 303: { description: "Form: to the home page" }, 401: error("No session"), 403: error("Wrong CSRF token") },
  },
  { path: "/api/v1/texts/{text}/versions", method: "get", summary: "Every version of a text, oldest first, with its text status and sources", tags: ["texts"], parameters: [TEXT], responses: { 200: json(ref("VersionList")), ...READ_ERRORS } },
  { path: "/api/v1/texts/{text}/versions/{version}", method: "get", summary: "One version and its provision tree", tags: ["texts"], parameters: [TEXT, VERSION], responses: { 200: json(ref("VersionDetail")), ...READ_ERRORS } },
  {
    path: "/api/v1/texts/{text}/versions/{version}/akn",
    method: "get",
    summary: "One version as Akoma Ntoso 3.0 XML",
    description: "eIds are the path ids; the text status, the sources and their quotations are in the proprietary block (namespace urn:palimpseste:akn:1).",
    tags: ["exports"],
    parameters: [TEXT, VERSION],
    responses: { 200: file("application/akn+xml", "Akoma Ntoso XML"), ...READ_ERRORS },
  },
  {
    path: "/api/v1/texts/{text}/versions/{version}/markdown",
    method: "get",
    summary: "One version as the Markdown file the importer reads (export then import gives the same tree)",
    tags: ["exports"],
    parameters: [TEXT, VERSION],
    responses: { 200: file("text/markdown", "The version file: YAML front matter, then the body"), ...READ_ERRORS },
  },
  {
    path: "/api/v1/texts/{text}/compare/{pair}",
    method: "get",
    summary: "Two versions compared provision by provision, word by word",
    description: "With « .csv » after the pair, the changes as CSV (RFC 4180, UTF-8 without BOM): one row per changed passage with lineage, both path ids, kind of change, old and new words.",
    tags: ["texts", "exports"],
    parameters: [TEXT, PAIR, IGNORE],
    responses: { 200: { description: "OK", content: { "application/json": { schema: ref("Comparison") }, "text/csv": { schema: { type: "string" } } } }, ...READ_ERRORS, 503: error("The comparison is too heavy for this server") },
  },
  { path: "/api/v1/texts/{text}/provisions/{lineage}", method: "get", summary: "One provision through every version of its text", tags: ["texts"], parameters: [TEXT, LINEAGE], responses: { 200: json(ref("ProvisionHistory")), 307: { description: "A path id: to its lineage key" }, ...READ_ERRORS } },
  { path: "/api/v1/texts/{text}/phrases", method: "get", summary: "Tracked phrases and the versions that hold them", tags: ["phrases"], parameters: [TEXT], responses: { 200: json(arr(ref("PhraseTrack"))), ...READ_ERRORS } },
  {
    path: "/api/v1/texts/{text}/phrases",
    method: "post",
    summary: "Tracks a phrase (editors)",
    tags: ["phrases"],
    parameters: [TEXT],
    requestBody: FORM(obj({ csrf: str(), phrase: { type: "string", minLength: 2, maxLength: 120 } })),
    responses: { 201: json(obj({ phrase: str() }), "Created"), 303: { description: "Form: back to the phrases" }, ...WRITE_ERRORS },
  },
  {
    path: "/api/v1/texts/{text}/phrases/{id}",
    method: "post",
    summary: "Stops tracking a phrase (editors; a form's `action=delete`)",
    tags: ["phrases"],
    parameters: [TEXT, PHRASE_ID],
    requestBody: FORM(obj({ csrf: str(), action: { const: "delete" } })),
    responses: { 200: json(obj({ id: { type: "integer" }, deleted: { const: true } })), 303: { description: "Form: back to the phrases" }, ...WRITE_ERRORS, 409: error("The phrase is listed in the text's file") },
  },
  {
    path: "/api/v1/texts/{text}/phrases/{id}",
    method: "delete",
    summary: "Stops tracking a phrase (editors)",
    tags: ["phrases"],
    parameters: [TEXT, PHRASE_ID],
    responses: { 200: json(obj({ id: { type: "integer" }, deleted: { const: true } })), ...WRITE_ERRORS, 409: error("The phrase is listed in the text's file") },
  },
  { path: "/api/v1/texts/{text}/annotations", method: "get", summary: "The text's commentary as a W3C annotation collection", tags: ["annotations"], parameters: [TEXT], responses: { 200: { description: "OK", content: { "application/ld+json": { schema: ref("AnnotationCollection") } } }, ...READ_ERRORS } },
  {
    path: "/api/v1/texts/{text}/annotations",
    method: "post",
    summary: "Writes a note anchored on words of a version (editors)",
    tags: ["annotations"],
    parameters: [TEXT],
    requestBody: FORM(ANNOTATION_FIELDS),
    responses: { 201: json(obj({ slug: str(), id: str() }), "Created"), 303: { description: "Form: to the note on its version" }, ...WRITE_ERRORS },
  },
  { path: "/api/v1/texts/{text}/annotations/{slug}", method: "get", summary: "One annotation (W3C Web Annotation)", tags: ["annotations"], parameters: [TEXT, NOTE], responses: { 200: { description: "OK", content: { "application/ld+json": { schema: ref("Annotation") } } }, ...READ_ERRORS } },
  {
    path: "/api/v1/texts/{text}/annotations/{slug}",
    method: "post",
    summary: "Changes a note: `action` update, hide, show, delete or restore (editors)",
    tags: ["annotations"],
    parameters: [TEXT, NOTE],
    requestBody: FORM(ANNOTATION_FIELDS),
    responses: { 200: json(obj({ slug: str(), hidden: { type: "boolean" }, deleted: { type: "boolean" } })), 303: { description: "Form: back to the note" }, ...WRITE_ERRORS },
  },
  { path: "/api/v1/texts/{text}/annotations/{slug}", method: "delete", summary: "Deletes a note (editors)", tags: ["annotations"], parameters: [TEXT, NOTE], responses: { 200: json(obj({ slug: str(), deleted: { const: true } })), ...WRITE_ERRORS } },
];

/** The document: ENDPOINTS grouped by path, with the schemas. */
export function openApiDocument(): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const { path: p, method, ...operation } of ENDPOINTS) {
    const responses = Object.fromEntries(Object.entries(operation.responses).map(([status, r]) => [status, r]));
    (paths[p] ??= {})[method] = { ...operation, operationId: operationId(method, p), responses };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Palimpseste API",
      version: "1",
      summary: "Every version of a law, word diffs aligned across renumbering, commentary anchored on the words.",
      description: "Read endpoints are public and may be fetched from any site (CORS). Every version says whose words it holds (textStatus) and where they come from (sources). Errors are JSON: { error: { code, message } }.",
      license: { name: "AGPL-3.0-or-later", identifier: "AGPL-3.0-or-later" },
    },
    jsonSchemaDialect: "https://spec.openapis.org/oas/3.1/dialect/base",
    tags: [
      { name: "texts", description: "Texts, versions, comparisons, provision histories" },
      { name: "exports", description: "Versions and comparisons in standard formats" },
      { name: "phrases", description: "Expressions tracked across versions" },
      { name: "annotations", description: "Commentary (W3C Web Annotation)" },
      { name: "auth", description: "Editor sessions" },
      { name: "system", description: "The server itself" },
    ],
    paths,
    components: { schemas: SCHEMAS },
  };
}

/** « get /api/v1/texts/{text}/versions » → « getTextsVersions »: unique per operation. */
function operationId(method: string, p: string): string {
  const words = p.replace(/^\/api(\/v1)?/, "").split(/[^A-Za-z0-9]+/).filter(Boolean);
  return method + words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join("");
}
