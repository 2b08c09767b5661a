import { describe, expect, it } from "vitest";
import type { PairNote } from "../annotations/loaders";
import { translator } from "../i18n/catalogs";
import type { Language } from "../i18n/languages";
import type { TextStatus } from "../legal-text/types";
import type { RowView } from "./compare-view";
import type { ComparisonRow } from "./loaders";
import { buildRedline, runsOf, type Redline, type RedlineInput, type Run, type VersionInput } from "./redline";

const show = (runs: Run[]) =>
  runs.map((r) => (r.kind === "break" ? "¶" : r.kind === "label" ? `<${r.text}>` : r.kind === "delete" ? `[-${r.text}-]` : r.kind === "insert" ? `[+${r.text}+]` : r.kind === "elided" ? `(${r.label})${r.text}` : r.text)).join("");

describe("runsOf: a row read as one running text", () => {
  it("marks deleted and inserted words, typeset as the page shows them", () => {
    const changes = [
      { op: "equal" as const, text: "par un accueil physique " },
      { op: "delete" as const, text: "et/ou" },
      { op: "insert" as const, text: "et" },
      { op: "equal" as const, text: " un service : ici" },
    ];
    expect(show(runsOf(changes, { from: ["official"], to: ["official"] }, { from: false, to: false }))).toBe("par un accueil physique [-et/ou-][+et+] un service\u202f: ici");
  });

  it("opens each line with whose words it holds when they are not the law's", () => {
    const changes = [
      { op: "equal" as const, text: "Notre résumé.\n« une citation »" },
      { op: "insert" as const, text: " ajoutée" },
    ];
    expect(show(runsOf(changes, { from: ["summary", "excerpt"], to: ["summary", "excerpt"] }, { from: true, to: true }))).toBe("<Résumé>Notre résumé.¶<Extrait cité>«\u202fune citation\u202f»[+ ajoutée+]");
  });

  it("never strikes a quotation's words that the newer version, known by our summary only, does not cite", () => {
    const changes = [
      { op: "delete" as const, text: "« un contact par voie postale »" },
      { op: "insert" as const, text: "Le texte nomme le contact postal." },
    ];
    const out = show(runsOf(changes, { from: ["excerpt"], to: ["summary"] }, { from: true, to: true }));
    expect(out).not.toContain("[-");
    expect(out).toContain("(mots d’avant, non cités ici (résumé))[«\u202fun contact par voie postale\u202f»]");
  });
});

describe("buildRedline: the document's own words in the reader's language", () => {
  const version = (slug: string, stage: string, textStatus: TextStatus): VersionInput => ({
    slug,
    title: `Version ${slug}`,
    stage,
    date: new Date("2023-06-22T00:00:00Z"),
    dateQualifier: slug === "b" ? "latest" : "exact",
    adoptedBy: "gouvernement",
    documentNumber: null,
    numac: null,
    textStatus,
    sources: [],
    sha256: "0".repeat(64),
    importedAt: new Date("2026-12-01T00:00:00Z"),
    sourcePath: `fixtures/${slug}.md`,
  });
  const changes = [
    { op: "equal" as const, text: "« un accueil " },
    { op: "delete" as const, text: "et/ou" },
    { op: "insert" as const, text: "et" },
    { op: "equal" as const, text: " un service »" },
  ];
  const row = { key: "art-13", from: null, to: null, status: "modified", similarity: 0.9, matchedBy: "lineage", changes, rewritten: false, fromStatuses: [], toStatuses: [], fromLines: ["official"], toLines: ["excerpt"], fromHeading: null, toHeading: null, kind: "article" } satisfies ComparisonRow;
  const view = { row, status: "modified", anchor: "art-13", title: "Art. 13", label: "modifié", changeIndex: 0, quoted: { from: false, to: true }, highlight: {}, weight: 40 } satisfies RowView;
  const note = {
    note: { slug: "n", title: "Note", category: "avancée", authorName: "Campagne", exact: "et/ou", fullText: "Texte.", hidden: false, deleted: false },
    from: { status: "same", provisionId: "art-13" },
    to: { status: "deleted", provisionId: "art-13" },
    fromWritten: "before",
    toWritten: "after",
  } as unknown as PairNote;
  const build = (language?: Language) =>
    buildRedline({
      text: { shortTitle: "Bruxelles numérique", titleFr: "Décret", titleNl: "" } as RedlineInput["text"],
      from: version("a", "avant-projet-2", "official"),
      to: version("b", "projet", "excerpt"),
      segments: [{ kind: "row", row: view }],
      counts: [{ status: "modified", n: 1 }, { status: "deleted", n: 2 }],
      filters: ["typography"],
      filterWords: { typography: "typo", markers: "markers", renumbering: "renumbering" },
      pairNotes: [note],
      anchors: { from: new Map([["art-13", "art-13"]]), to: new Map([["art-13", "art-13"]]) },
      carried: (r) => `<${r.status}>`,
      address: { compare: "http://x/c", version: (s) => `http://x/v/${s}`, note: (s) => `http://x/n/${s}` },
      formatDate: () => "22/06/2023",
      printedAt: "now",
      ...(language ? { language } : {}),
    });
  const words = (r: Redline) => {
    const body = r.body[0];
    const runs = body?.kind === "row" ? body.row.runs : [];
    return { stage: r.from.stage, date: r.to.date, status: r.to.status, row: body?.kind === "row" ? body.row.label : "", counts: r.counts.map((c) => c.label), label: runs.find((x) => x.kind === "label"), where: r.notes[0]?.where, category: r.notes[0]?.category };
  };

  // Each field in fr, nl, en.
  const columns = {
    stage: ["avant-projet, seconde lecture", "voorontwerp, tweede lezing", "preliminary draft, second reading"],
    date: ["au plus tard le 22/06/2023", "uiterlijk op 22/06/2023", "no later than 22/06/2023"],
    status: ["extraits cités de ses sources et résumé par Palimpseste (non officiel)", "uittreksels geciteerd uit de bronnen en samenvatting door Palimpseste (niet officieel)", "excerpts quoted from its sources and summary by Palimpseste (unofficial)"],
    row: ["modifié", "gewijzigd", "modified"],
    absent: ["absent du texte connu après", "afwezig in de later bekende tekst", "absent from the known text after"],
    label: ["Extrait cité", "Geciteerd uittreksel", "Quoted excerpt"],
    where: ["Version a : <same> ; Version b : version antérieure au commentaire", "Version a: <same>; Version b: versie van vóór het commentaar", "Version a: <same>; Version b: version older than the note"],
    category: ["avancée", "vooruitgang", "progress"],
  } as const;
  const expected = (language: Language) => {
    const i = ["fr", "nl", "en"].indexOf(language);
    const c = (k: keyof typeof columns) => columns[k][i] as string;
    return { stage: c("stage"), date: c("date"), status: c("status"), row: c("row"), counts: [c("row"), c("absent")], label: { kind: "label", text: c("label") }, where: c("where"), category: c("category") };
  };

  it("writes French by default", () => expect(words(build())).toEqual(expected("fr")));
  it.each(["nl", "en"] as const)("writes the reader's language: %s", (language) => expect(words(build(language))).toEqual(expected(language)));

  it("says « not quoted » in the reader's language", () => {
    const elided = [
      { op: "delete" as const, text: "« un contact par voie postale »" },
      { op: "insert" as const, text: "Le texte nomme le contact postal." },
    ];
    expect(show(runsOf(elided, { from: ["excerpt"], to: ["summary"] }, { from: true, to: true }, "nl"))).toContain("(woorden van vroeger, hier niet geciteerd (samenvatting))");
    expect(show(runsOf(elided, { from: ["excerpt"], to: ["summary"] }, { from: true, to: true }, "en"))).toContain("(earlier words, not quoted here (summary))");
  });

  it("has a key that names the words the document prints (« not quoted », whose words), in each language", () => {
    const quotedWords = { fr: "non cité", nl: "niet geciteerd", en: "not quoted" } as const;
    for (const language of ["fr", "nl", "en"] as const) {
      const t = translator(language);
      const key = t("pages.pdf.legendRest");
      expect(t("readerDiff.notCited", { when: "later", summary: "no" })).toContain(quotedWords[language]);
      expect(key).toContain(quotedWords[language]);
      expect(key).toContain(t("readerPassage.summary"));
    }
  });
});
