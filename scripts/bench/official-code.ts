// A generated Justel consolidated code for the official-text benchmarks (bench:read, bench:import):
// invented books, titles, chapters, sections, articles with §, points, inline marks, numbered
// brackets and their notes, a table of contents and the page's furniture. Not law.

const WORDS = [
  "autorité", "registre", "usager", "guichet", "publie", "tient", "délai", "demande", "service",
  "procédure", "communication", "adresse", "postale", "accueil", "modalités", "Gouvernement",
];

function sentence(seed: number, length: number): string {
  const words = Array.from({ length }, (_, i) => WORDS[(seed * 7 + i * 13) % WORDS.length] ?? "texte");
  return `${words.join(" ").replace(/^./, (c) => c.toUpperCase())}.`;
}

/** One article: an inline mark on some, a bracketed passage and its note on others. */
function article(n: number): string[] {
  const mark = n % 5 === 0 ? ` <Inséré par L 2031-05-04/${n % 90}, art. ${n}; En vigueur : 02-07-2031>` : "";
  const lines = [`Art. ${n}.${mark} § 1. ${sentence(n, 24)}`, sentence(n + 1, 30), `§ 2. ${sentence(n + 2, 12)} :`];
  for (let p = 1; p <= 3; p++) lines.push(`${p}° ${sentence(n + p, 10)} ;`);
  if (n % 3 === 0) {
    lines.push(`§ 3. [1 ${sentence(n + 4, 20)}]1`, "----------", `(1)<L 2032-12-27/31, art. ${n}, 012; En vigueur : 09-01-2033>`);
  }
  return lines;
}

/** Division headings before article n: 200 articles a book, 100 a title, 20 a chapter, 10 a section. */
function divisions(n: number): string[] {
  const i = n - 1;
  const heading = (words: number): string => sentence(n, words).slice(0, -1);
  const lines: string[] = [];
  if (i % 200 === 0) lines.push(`LIVRE ${i / 200 + 1}. - ${heading(4)}`);
  if (i % 100 === 0) lines.push(`TITRE ${((i / 100) % 2) + 1}. - ${heading(4)}`);
  if (i % 20 === 0) lines.push(`CHAPITRE ${((i / 20) % 5) + 1}. - ${heading(5)}`);
  if (i % 10 === 0) lines.push(`Section ${((i / 10) % 2) + 1}. - ${heading(3)}`);
  return lines;
}

/** The lines of a Justel page whose text holds at least `chars` characters. */
export function pageLines(chars: number): string[] {
  const text: string[] = [];
  const toc: string[] = [];
  let length = 0;
  for (let n = 1; length < chars; n++) {
    const lines = [...divisions(n), ...article(n)];
    text.push(...lines);
    toc.push(`Art. ${n}`);
    length += lines.reduce((sum, line) => sum + line.length + 1, 0);
  }
  return [
    "Début Premier mot Dernier mot Modification(s) Préambule",
    "Justel - Législation consolidée",
    "17 AVRIL 2030. - Code d'essai des registres publics",
    "Publication : 17-05-2030 numéro : 2030009000 page : 6983",
    "Table des matières Texte Début",
    ...toc,
    "Texte Table des matières Début",
    ...text,
    "Modification(s)",
    "LOI DU 27-12-2032 PUBLIE LE 09-01-2033",
  ];
}

export function asHtml(lines: readonly string[]): string {
  const escape = (line: string): string => line.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
  const body = lines.map((line) => `<p>${escape(line)}</p>`).join("\n");
  return `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Justel</title></head><body>\n${body}\n</body></html>`;
}
