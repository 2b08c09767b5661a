// Building a word diff's changes from an edit script over token ids, cut out of the two texts.
// Pure module (diff-words.ts's machinery).
import { EQUAL, INSERT, type EditScript } from "./myers";
import { isSpaceUnit } from "../scan/token-spans";
import type { Change } from "../types";

/** A text with its token boundaries (token k is text.slice(bounds[k], bounds[k + 1])) and
 * token ids (equal tokens, equal ids). */
export interface Side {
  text: string;
  bounds: Int32Array;
  ids: Int32Array;
}

/** The non-space tokens of side.ids[start, end): their ids and their token indices (views of
 * scratch buffers, one pair per side). */
export function wordTokens(side: Side, start: number, end: number, slot: 0 | 1): { ids: Int32Array; at: Int32Array } {
  if ((wordScratch[slot]?.length ?? 0) < end - start) {
    wordScratch[slot] = new Int32Array(2 * (end - start));
    wordAt[slot] = new Int32Array(2 * (end - start));
  }
  const [ids, at] = [wordScratch[slot] as Int32Array, wordAt[slot] as Int32Array];
  let count = 0;
  for (let k = start; k < end; k++) {
    const c = side.text.charCodeAt(side.bounds[k] ?? 0);
    if (c <= 0x20 ? c === 0x20 || (c >= 0x09 && c <= 0x0d) : c >= 0x85 && isSpaceUnit(c)) continue;
    ids[count] = side.ids[k] ?? 0;
    at[count++] = k;
  }
  return { ids: ids.subarray(0, count), at: at.subarray(0, count) };
}

const wordScratch: Int32Array[] = [new Int32Array(1024), new Int32Array(1024)];
const wordAt: Int32Array[] = [new Int32Array(1024), new Int32Array(1024)];

/** Replays an edit script over word tokens on all the tokens: a deleted or inserted word takes
 * the space before it along; the spaces between two kept words are kept when both sides have
 * the same, else replaced. */
export function expandWordScript(script: EditScript, atA: Int32Array, atB: Int32Array, changes: ChangeBuilder, endA: number, endB: number): void {
  let [w, v] = [0, 0];
  for (let r = 0; r < script.ops.length; r++) {
    const [op, count] = [script.ops[r], script.counts[r] ?? 0];
    if (count === 0) continue;
    if (op === EQUAL) {
      // Most kept runs are kept with their spaces: one equal change for the whole run.
      const [firstA, firstB] = [atA[w] ?? endA, atB[v] ?? endB];
      const [lastA, lastB] = [atA[w + count - 1] ?? endA, atB[v + count - 1] ?? endB];
      changes.gap(firstA, firstB);
      if (lastA - firstA === lastB - firstB && changes.sameIds(firstA, firstB, lastA - firstA + 1)) {
        changes.equal(lastA - firstA + 1);
        [w, v] = [w + count, v + count];
        continue;
      }
    }
    if (op === INSERT) {
      // A run of inserted words, with the spaces before each: one change.
      v += count;
      changes.insertTo((atB[v - 1] ?? endB) + 1);
      continue;
    }
    if (op !== EQUAL) {
      w += count;
      changes.deleteTo((atA[w - 1] ?? endA) + 1);
      continue;
    }
    for (let k = 0; k < count; k++) {
      changes.gap(atA[w] ?? endA, atB[v] ?? endB);
      changes.equal(1);
      [w, v] = [w + 1, v + 1];
    }
  }
  changes.gap(endA, endB);
}

/** Cuts the changes out of the two texts, token run by token run, and checks that the runs
 * Myers found equal really are (the ids are hashes). */
export class ChangeBuilder {
  readonly out: Change[] = [];
  collided = false;
  #i = 0;
  #j = 0;

  /** The tokens up to token i of the old text and j of the new (spaces between two kept words):
   * equal when they read the same, else replaced. */
  gap(i: number, j: number): void {
    if (i === this.#i && j === this.#j) return;
    if (i - this.#i === j - this.#j && this.sameIds(this.#i, this.#j, i - this.#i)) {
      this.equal(i - this.#i);
      return;
    }
    this.deleteTo(i);
    this.insertTo(j);
  }
  /** Whether `count` tokens from token i of the old text and j of the new have the same ids. */
  sameIds(i: number, j: number, count: number): boolean {
    const [a, b] = [this.from.ids, this.to.ids];
    for (let k = 0; k < count; k++) if (a[i + k] !== b[j + k]) return false;
    return true;
  }
  deleteTo(i: number): void {
    if (i > this.#i) this.delete(i - this.#i);
  }
  insertTo(j: number): void {
    if (j > this.#j) this.insert(j - this.#j);
  }

  constructor(
    private readonly from: Side,
    private readonly to: Side,
    private readonly keyed: boolean,
  ) {}

  equal(count: number): void {
    const text = this.#cut(this.from, this.#i, this.#i + count);
    if (text === this.#cut(this.to, this.#j, this.#j + count)) {
      this.out.push({ op: "equal", text });
      [this.#i, this.#j] = [this.#i + count, this.#j + count];
    } else if (this.keyed) {
      // Equal under the key, token by token: those written alike are equal, the others replaced.
      for (let k = 0; k < count; k++) {
        const token = this.#cut(this.from, this.#i, this.#i + 1);
        if (token === this.#cut(this.to, this.#j, this.#j + 1)) {
          this.out.push({ op: "equal", text: token });
          [this.#i, this.#j] = [this.#i + 1, this.#j + 1];
        } else {
          this.delete(1);
          this.insert(1);
        }
      }
    } else {
      this.collided = true; // equal ids, different tokens: a hash collision
      [this.#i, this.#j] = [this.#i + count, this.#j + count];
    }
  }
  insert(count: number): void {
    this.out.push({ op: "insert", text: this.#cut(this.to, this.#j, (this.#j += count)) });
  }
  delete(count: number): void {
    this.out.push({ op: "delete", text: this.#cut(this.from, this.#i, (this.#i += count)) });
  }
  #cut(side: Side, start: number, end: number): string {
    return side.text.slice(side.bounds[start] ?? 0, side.bounds[end] ?? 0);
  }
}

export function exactIds(side: Side, ids: Map<string, number>, key: (token: string) => string = (token) => token): Int32Array {
  return side.ids.map((_, k) => {
    const token = key(side.text.slice(side.bounds[k] ?? 0, side.bounds[k + 1] ?? 0));
    let id = ids.get(token);
    if (id === undefined) ids.set(token, (id = ids.size));
    return id;
  });
}
