// The full Belgian-style reference of a provision (« art. 13, § 8, du décret … du 25 janvier 2024 …,
// M.B., 21 février 2024 »), in French and in Dutch, built only from what the version's metadata
// holds: a part the data does not know is left out, never guessed. Pure.

import { locatorIn, unitName } from "./cite";

export type Lang = "fr" | "nl";

export interface CitedVersion {
  stage: string;
  title: string;
  date: Date;
  adoptedBy: string;
  documentNumber: string | null;
  numac: string | null;
  textStatus: string;
  sources: readonly CitedSource[];
}

export interface CitedSource {
  publisher?: string;
  date?: string;
  /** Where a court's reasoning reads a provision, as this source gives it: path id → its
   * considérants (« B.12 »); a provision without its own entry takes its nearest ancestor's. */
  considerants?: Readonly<Record<string, readonly string[]>>;
}

export interface CitedText {
  titleFr: string;
  titleNl: string | null;
}

const MONTHS: Record<Lang, readonly string[]> = {
  fr: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
  nl: ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
};

/** « 1er février 2024 » / « 1 februari 2024 »; dates are calendar days (stored at UTC midnight). */
export function longDate(date: Date, lang: Lang): string {
  const d = date.getUTCDate();
  return `${lang === "fr" && d === 1 ? "1er" : d} ${MONTHS[lang][date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** A compared unit as it runs in a citation: « Art. 13 » → « art. 13 », an unnumbered one read
 * from its id (« texte d’introduction, al. 1er »). */
export function unitLocator(unit: { id: string; number: string | null }): string {
  if (unit.number !== null) return unit.number.replace(/^(?:Art\.|Article)\s+/u, "art. ");
  return lowerFirst(unitName(unit));
}

/** The French locator (« art. 13, § 8, al. 1er, 3° ») in Dutch (« art. 13, § 8, lid 1, 3° »). */
export function locatorNl(fr: string): string {
  return locatorIn(fr, "nl");
}

/** The act's kind and subject from its official title: the kind is what comes before the first
 * « de »/« van » (« Décret et ordonnance conjoints »), the rest names its authors and subject. */
function splitTitle(title: string, lang: Lang): { kind: string; rest: string } {
  const m = (lang === "fr" ? / de (?:la |l’|l'|le |les )?/u : / van (?:de |het )?/u).exec(title);
  if (!m) return { kind: lowerFirst(title), rest: "" };
  return { kind: lowerFirst(title.slice(0, m.index)), rest: title.slice(m.index + 1) };
}

/** The subject alone (« relatifs à la transition numérique … »), for drafts that have no authors yet. */
function subject(title: string, lang: Lang): string {
  const m = (lang === "fr" ? / (?:relatifs?|relatives?|portant|concernant) /u : / (?:betreffende|houdende|tot) /u).exec(title);
  return m ? title.slice(m.index + 1) : "";
}

/** « art. 13 du projet » but « art. 13, § 8, du décret »: a locator of several parts is closed
 * by a comma before the act it belongs to. */
const closing = (loc: string) => (loc.includes(",") ? ", " : " ");
/** « Projet » → « projet » in running text; a title in capitals (« CODE PENAL ») stays as printed. */
const lowerFirst = (s: string) => (/^\p{Lu}{2}/u.test(s) ? s : s.charAt(0).toLowerCase() + s.slice(1));
const join = (parts: readonly (string | null | undefined | false)[]) => parts.filter((p): p is string => Boolean(p)).join(", ");
const EL = /^[aeiouyéèêâîôh]/iu;
/** The noun naming a kind of act, first or second word of the kind (« koninklijk besluit »), and
 * whether Dutch says « het » (a neuter noun) before it. */
const ACT_NL = /^(?:\S+ )?(decreet|besluit|wetboek|(?:samenwerkings)?akkoord|reglement|wet|grondwet|ordonnantie|verordening)\b/u;
const NEUTER_NL = new Set(["decreet", "besluit", "wetboek", "akkoord", "samenwerkingsakkoord", "reglement"]);
/** « van het decreet », « van de ordonnantie »; a kind that names no known act goes without an
 * article rather than a wrong one (« van testgegevens in twee talen »). */
function vanNl(kind: string): string {
  const noun = ACT_NL.exec(kind)?.[1];
  if (noun === undefined) return `van ${kind}`;
  return `van ${NEUTER_NL.has(noun) ? "het" : "de"} ${kind}`;
}
/** « du projet », « de l’avant-projet ». */
const deFr = (noun: string) => (EL.test(noun) ? `de l’${noun}` : `du ${noun}`);

/** The Moniteur belge's publication date, when one of the version's sources says it is from it. */
function gazetteDate(v: CitedVersion): Date | null {
  const dates = v.sources.filter((s) => s.publisher && /moniteur belge|belgisch staatsblad/iu.test(s.publisher) && s.date).map((s) => new Date(`${s.date}T00:00:00Z`));
  const valid = dates.filter((d) => !Number.isNaN(d.getTime())).sort((a, b) => a.getTime() - b.getTime());
  return valid[0] ?? null;
}

/** The parliamentary session of a date: a session opens in the autumn (the Brussels Parliament
 * meets by right in September), so a document from October on belongs to the session that starts
 * that year; from January to August, to the one that started the year before. A September date
 * could fall either side of the opening: the session is then left out. */
function session(date: Date): string | null {
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth();
  if (m === 8) return null;
  return m > 8 ? `${y}-${y + 1}` : `${y - 1}-${y}`;
}

const ASSEMBLIES: Record<string, Record<Lang, string>> = {
  A: { fr: "Parl. Rég. Brux.-Cap.", nl: "Br. Parl." },
  B: { fr: "Ass. réun. Comm. comm. commune", nl: "Ver. Verg. GGC" },
};

/** « Doc. parl., Parl. Rég. Brux.-Cap., 2023-2024, A-758/1 » for each number of the document
 * (« A-758/1 – B-164/1 » is one text filed in two assemblies). */
function parliamentary(v: CitedVersion, lang: Lang): string | null {
  if (!v.documentNumber) return null;
  // A session the sources give is written after the numbers (« A-758/1 – B-164/1 (2023-2024) »);
  // otherwise it is read from the date, when the date decides it.
  const written = /\s*\((\d{4}-\d{4})\)\s*$/u.exec(v.documentNumber);
  const numbers = written ? v.documentNumber.slice(0, written.index) : v.documentNumber;
  const s = written?.[1] ?? session(v.date);
  const docs = numbers.split(/\s+[–-]\s+/u).map((n) => {
    const assembly = ASSEMBLIES[n.trim().charAt(0)]?.[lang];
    return lang === "fr" ? join([assembly, s, n.trim()]) : `${join([assembly, s])}${assembly || s ? ", " : ""}nr. ${n.trim()}`;
  });
  return `${lang === "fr" ? "Doc. parl." : "Parl.St."}, ${docs.join(lang === "fr" ? " et " : " en ")}`;
}

const STATUS: Record<string, Record<Lang, string>> = {
  summary: { fr: " (résumé Palimpseste, non officiel)", nl: " (samenvatting Palimpseste, niet officieel)" },
  excerpt: { fr: " (extraits cités et résumé Palimpseste, non officiel)", nl: " (geciteerde uittreksels en samenvatting Palimpseste, niet officieel)" },
};

/** What a draft is called in Dutch (its title is in French only), with its article; the French
 * name is the version's own title. */
const DRAFT_NL: Record<string, (kind: string) => string> = {
  brouillon: () => "de werkversie van het voorontwerp van ordonnantie",
  "avant-projet-1": () => "het voorontwerp van ordonnantie, eerste lezing",
  "avant-projet-2": () => "het voorontwerp van ordonnantie, tweede lezing",
  projet: (kind) => `het ontwerp van ${kind}`,
  commission: () => "de tekst aangenomen in commissie",
};

/** The full reference of the provision cited by `locator` (French, from `citation`), or of the
 * whole version when `locator` is empty, followed by what the site holds when it is not the
 * official wording. */
export function fullReference(v: CitedVersion, text: CitedText, locator: string, lang: Lang, provision?: string): string {
  const loc = lang === "nl" ? locatorNl(locator) : locator;
  return `${body(v, text, loc, lang, provision)}${STATUS[v.textStatus]?.[lang] ?? ""}`;
}

/** The considérants of a ruling where its sources place the reading of provision `pathId` (its
 * own entry, else its nearest ancestor's), in the reasoning's order; empty when none says. */
export function considerantsOf(v: Pick<CitedVersion, "sources">, pathId: string): string[] {
  const parts = pathId.split("__");
  for (let k = parts.length; k > 0; k--) {
    const id = parts.slice(0, k).join("__");
    const found = v.sources.flatMap((s) => s.considerants?.[id] ?? []);
    if (found.length > 0) return [...new Set(found)].sort(byReasoning);
  }
  return [];
}

/** « B.7.2 » before « B.12 »: the numbers compare part by part. */
function byReasoning(a: string, b: string): number {
  const pa = a.slice(2).split(".").map(Number);
  const pb = b.slice(2).split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}

function body(v: CitedVersion, text: CitedText, loc: string, lang: Lang, provision?: string): string {
  const title = lang === "fr" ? text.titleFr : text.titleNl;
  if (v.stage === "arret") return ruling(v, loc, lang, provision);
  if (v.stage === "acte") {
    const published = gazetteDate(v);
    const gazette = published || v.numac ? gazetteRef(published, v.numac, lang) : null;
    if (!title) return join([loc, gazette]);
    const { kind, rest } = splitTitle(title, lang);
    const act = lang === "fr" ? `${deFr(kind)} du ${longDate(v.date, lang)}${rest ? ` ${rest}` : ""}` : `${vanNl(kind)} van ${longDate(v.date, lang)}${rest ? ` ${rest}` : ""}`;
    return join([loc ? `${loc}${closing(loc)}${act}` : act.replace(/^(?:du |de l’|van (?:het |de )?)/u, ""), gazette]);
  }
  // Only the projet bears the act's own name, so only it takes the act's subject (« relatifs à … »).
  const about = title && v.stage === "projet" ? ` ${subject(title, lang)}`.trimEnd() : "";
  const nl = DRAFT_NL[v.stage];
  const named = lang === "fr" ? `${deFr(lowerFirst(v.title))}${about}` : nl ? `van ${nl(title ? splitTitle(title, lang).kind : "")}${about}` : `van ${v.title}`;
  const what = loc ? `${loc}${closing(loc)}${named}` : named.replace(/^(?:du |de l’|van (?:het |de )?)/u, "");
  const doc = parliamentary(v, lang);
  // A draft outside parliament is known by who wrote it and when.
  // An import that could not tell the author stores « non indiqué »: a citation leaves it out.
  const author = /^non indiqu/iu.test(v.adoptedBy) ? null : v.adoptedBy;
  return doc ? join([what, doc]) : join([what, author, longDate(v.date, lang)]);
}

/** « M.B., 21 février 2024, numac … » / « B.S. 21 februari 2024, numac … ». */
function gazetteRef(published: Date | null, numac: string | null, lang: Lang): string {
  const day = published ? longDate(published, lang) : null;
  const head = lang === "fr" ? join(["M.B.", day]) : day ? `B.S. ${day}` : "B.S.";
  return join([head, numac && `numac ${numac}`]);
}

const COURTS: Record<string, Record<Lang, string>> = {
  "Cour constitutionnelle": { fr: "C.C.", nl: "GwH" },
  "Conseil d’État": { fr: "C.E.", nl: "RvS" },
  "Conseil d'État": { fr: "C.E.", nl: "RvS" },
};

/** « C.C., 25 septembre 2025, n° 126/2025, B.12 »: the ruling, then the considérant(s) where its
 * sources place the reading of the provision; when they do not say, the provision it reads. */
function ruling(v: CitedVersion, loc: string, lang: Lang, provision?: string): string {
  const court = COURTS[v.adoptedBy]?.[lang] ?? v.adoptedBy;
  const n = v.documentNumber ? /\d+\/\d{4}/u.exec(v.documentNumber)?.[0] : undefined;
  const head = lang === "fr" ? join([court, longDate(v.date, lang), n && `n° ${n}`]) : `${court} ${join([longDate(v.date, lang), n && `nr. ${n}`])}`;
  const at = provision ? considerantsOf(v, provision) : [];
  if (at.length > 0) return `${head}, ${at.join(lang === "fr" ? " et " : " en ")}`;
  if (!loc) return head;
  return `${head}, ${lang === "fr" ? "à propos de l’" : "over "}${loc}`;
}
