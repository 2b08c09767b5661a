// Generated version pairs for the bench: French-looking articles with controlled edits,
// deterministic for a given seed, written in the format of the real pairs (`Article N`, then
// paragraphs) so that the same splitter and the same whole-document anchors apply.

export const GENERATED_SIZES = [1_000, 5_000, 20_000, 100_000] as const;
export const EDIT_KINDS = ["scattered", "edits10", "renumber", "moved", "rewrite"] as const;
export type EditKind = (typeof EDIT_KINDS)[number];

/** mulberry32: small, fast, and the same sequence on every machine. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Legal prose is mostly function words and a few thousand content words with a long tail: a
// Zipf-like draw gives the aligner's rare-word index and the diffs realistic material.
const FUNCTION_WORDS = "de la le les à et du des en par pour dans qui est sont au aux sur un une ou ne pas que il".split(" ");
const SYLLABLES = "ar bi con dé en fi ju lo ma né pri ré sa ti tu vo ment tion cè li gé".split(" ");

interface Vocabulary {
  words: string[];
  /** Cumulative Zipf weights, for a binary search per draw. */
  cumulative: Float64Array;
}

function vocabulary(random: () => number, size: number): Vocabulary {
  const seen = new Set<string>(FUNCTION_WORDS);
  const words = [...FUNCTION_WORDS];
  while (words.length < size) {
    const parts = 2 + Math.floor(random() * 3);
    const word = Array.from({ length: parts }, () => SYLLABLES[Math.floor(random() * SYLLABLES.length)]).join("");
    if (!seen.has(word)) {
      seen.add(word);
      words.push(word);
    }
  }
  const cumulative = new Float64Array(size);
  let total = 0;
  for (let r = 0; r < size; r++) cumulative[r] = total += 1 / (r + 1);
  return { words, cumulative };
}

function draw(random: () => number, vocab: Vocabulary): string {
  const target = random() * (vocab.cumulative[vocab.cumulative.length - 1] ?? 1);
  let [lo, hi] = [0, vocab.cumulative.length - 1];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((vocab.cumulative[mid] ?? 0) < target) lo = mid + 1;
    else hi = mid;
  }
  return vocab.words[lo] ?? "de";
}

interface Article {
  number: string;
  paragraphs: string[][];
}

interface Generator {
  random: () => number;
  vocab: Vocabulary;
  int: (min: number, max: number) => number;
  word: () => string;
}

function generator(seed: number): Generator {
  const random = prng(seed);
  const vocab = vocabulary(random, 6000);
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  return { random, vocab, int, word: () => draw(random, vocab) };
}

function newArticle(g: Generator, number: string): Article {
  const paragraphs = Array.from({ length: g.int(1, 4) }, () => Array.from({ length: g.int(12, 50) }, g.word));
  return { number, paragraphs };
}

function document(g: Generator, words: number): Article[] {
  const articles: Article[] = [];
  let count = 0;
  while (count < words) {
    const article = newArticle(g, String(articles.length + 1));
    count += article.paragraphs.reduce((n, p) => n + p.length, 0);
    articles.push(article);
  }
  return articles;
}

/** Replaces, deletes or inserts a word at a random place of each paragraph with probability `rate`
 * per word. */
function editWords(g: Generator, articles: Article[], rate: number): Article[] {
  return articles.map((a) => ({
    number: a.number,
    paragraphs: a.paragraphs.map((p) =>
      p.flatMap((w) => {
        if (g.random() >= rate) return [w];
        const roll = g.random();
        return roll < 0.6 ? [g.word()] : roll < 0.8 ? [] : [w, g.word()];
      }),
    ),
  }));
}

/** A few small edits (one to three words) at random places, about one per 500 words. */
function scatter(g: Generator, articles: Article[], words: number): Article[] {
  const out = articles.map((a) => ({ number: a.number, paragraphs: a.paragraphs.map((p) => [...p]) }));
  for (let e = 0; e < Math.max(2, Math.round(words / 500)); e++) {
    const paragraph = out[g.int(0, out.length - 1)]?.paragraphs[0] ?? [];
    const at = g.int(0, Math.max(0, paragraph.length - 1));
    paragraph.splice(at, g.int(0, 3), ...Array.from({ length: g.int(0, 3) }, g.word));
  }
  return out;
}

/** New articles inserted at three places; every later article gets the next number. */
function renumber(g: Generator, articles: Article[]): Article[] {
  const out = [...articles];
  for (const share of [0.1, 0.4, 0.7]) out.splice(Math.floor(out.length * share), 0, newArticle(g, "new"));
  return out.map((a, i) => ({ ...a, number: String(i + 1) }));
}

/** A block of a tenth of the articles moved from a fifth of the way to four fifths, numbers kept. */
function moveBlock(articles: Article[]): Article[] {
  const size = Math.max(1, Math.floor(articles.length / 10));
  const start = Math.floor(articles.length / 5);
  const rest = [...articles];
  const block = rest.splice(start, size);
  rest.splice(Math.floor(articles.length * 0.8) - size, 0, ...block);
  return rest;
}

function serialize(articles: Article[]): string {
  return articles
    .map((a) => [`Article ${a.number}`, ...a.paragraphs.map((p) => `${p.join(" ")}.`)].join("\n\n"))
    .join("\n\n")
    .concat("\n");
}

export interface GeneratedPair {
  name: string;
  rawA: string;
  rawB: string;
}

/** The pair `kind` at about `words` words, the same for the same seed. */
export function generatePair(kind: EditKind, words: number, seed = 20_261_126): GeneratedPair {
  const g = generator(seed + words);
  const a = document(g, words);
  const b =
    kind === "scattered"
      ? scatter(g, a, words)
      : kind === "edits10"
        ? editWords(g, a, 0.1)
        : kind === "renumber"
          ? renumber(g, a)
          : kind === "moved"
            ? moveBlock(a)
            : editWords(g, a, 0.9);
  return { name: `gen-${kind}-${words / 1000}k`, rawA: serialize(a), rawB: serialize(b) };
}
