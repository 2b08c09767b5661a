// A generated text of two large official versions, for the tests and the measuring script of large
// comparisons: thousands of articles, a few of them changed, deleted or added. The words are made up
// (no law says them), so they are never shipped as a fixture; tests write them to a temporary folder.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

const WORDS = [
  "autorité", "publique", "usager", "procédure", "demande", "service", "accès", "délai", "décision", "registre",
  "document", "électronique", "guichet", "mesure", "données", "traitement", "recours", "notification", "formulaire", "contrôle",
  "la", "le", "les", "de", "du", "des", "et", "ou", "dans", "pour", "par", "sur", "une", "un", "sans", "avec",
];

/** Deterministic pseudo-random numbers (mulberry32), so that every run writes the same texts. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sentence(next: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(WORDS[Math.floor(next() * WORDS.length)] ?? "et");
  return `${out.join(" ")}.`;
}

function front(slug: string, title: string, date: string): string {
  return [
    "---",
    "text: texte-volumineux",
    `slug: ${slug}`,
    "stage: acte",
    `title: ${title}`,
    `date: ${date}`,
    "adoptedBy: Parlement de test",
    "documentNumber: null",
    "numac: null",
    "language: fr",
    "textStatus: official",
    "format: markdown",
    "notes: Texte engendré pour les tests de grandes comparaisons ; aucun de ses mots n'est celui d'une loi.",
    "sources:",
    "  - url: https://example.org/texte-volumineux",
    "    title: Texte engendré",
    "    publisher: Tests de Palimpseste",
    "---",
    "",
  ].join("\n");
}

export interface LargeText {
  folder: string;
  textSlug: string;
  from: string;
  to: string;
  /** Articles the newer version changes (words), deletes and adds. */
  changed: number;
  deleted: number;
  inserted: number;
}

/** Writes `texte-volumineux` with two versions of `articles` articles each into `dir`. */
export function writeLargeText(dir: string, articles: number, seed = 1): LargeText {
  const next = random(seed);
  const folder = path.join(dir, "texte-volumineux");
  mkdirSync(folder, { recursive: true });
  writeFileSync(
    path.join(folder, "text.yaml"),
    ["slug: texte-volumineux", "shortTitle: Texte volumineux", "titleFr: Texte volumineux engendré pour les tests", "jurisdiction: Test", "eli: null", "summary: Deux versions engendrées de plusieurs milliers d'articles.", "events: []", ""].join("\n"),
  );
  const a: string[] = [front("grand-a", "Grande version A", "2020-01-01")];
  const b: string[] = [front("grand-b", "Grande version B", "2021-01-01")];
  let changed = 0;
  let deleted = 0;
  let inserted = 0;
  for (let n = 1; n <= articles; n++) {
    const text = sentence(next, 20 + Math.floor(next() * 30));
    const roll = next();
    a.push(`## Art. ${n}\n\n${text}\n`);
    if (roll < 0.002) {
      deleted++;
      continue;
    }
    if (roll < 0.012) {
      changed++;
      b.push(`## Art. ${n}\n\n${text.replace(/ (\S+) /, " $1 modifié ")}\n`);
    } else b.push(`## Art. ${n}\n\n${text}\n`);
    if (roll > 0.998) {
      inserted++;
      b.push(`## Art. ${n}/1\n\n${sentence(next, 25)}\n`);
    }
  }
  writeFileSync(path.join(folder, "grand-a.md"), a.join("\n"));
  writeFileSync(path.join(folder, "grand-b.md"), b.join("\n"));
  return { folder, textSlug: "texte-volumineux", from: "grand-a", to: "grand-b", changed, deleted, inserted };
}
