// Inverted index of word bags, flat in typed arrays, for the steps that look up which units share
// a word (the aligner's similarity step, split / merge detection). Pure module.

/** What an indexed bag must have: its distinct word ids and how many times each occurs. */
export interface Bag {
  readonly ids: Int32Array;
  readonly counts: Int32Array;
}

/** For each word id, the bags having it, in the order they were given, with its count there:
 * owner.subarray(start[id], start[id + 1]) and the same range of count. */
export interface Postings {
  start: Int32Array;
  owner: Int32Array;
  count: Int32Array;
}

/** The postings of the bags `order` lists (bagOf(k) is bag k; missing bags are skipped), for
 * word ids below `size`. One pass counts, one fills: no array per word. */
export function buildPostings(bagOf: (k: number) => Bag | undefined, order: ArrayLike<number>, size: number): Postings {
  const start = new Int32Array(size + 1);
  for (let r = 0; r < order.length; r++) {
    const ids = bagOf(order[r] ?? 0)?.ids;
    if (ids === undefined) continue; // indexed loops (design notes, lib/diff/README.md)
    for (let j = 0; j < ids.length; j++) start[(ids[j] ?? 0) + 1] = (start[(ids[j] ?? 0) + 1] ?? 0) + 1;
  }
  for (let id = 0; id < size; id++) start[id + 1] = (start[id + 1] ?? 0) + (start[id] ?? 0);
  const fill = start.slice(0, size);
  const owner = new Int32Array(start[size] ?? 0);
  const count = new Int32Array(start[size] ?? 0);
  for (let r = 0; r < order.length; r++) {
    const k = order[r] ?? 0;
    const bag = bagOf(k);
    if (bag === undefined) continue;
    const { ids, counts } = bag;
    for (let j = 0; j < ids.length; j++) {
      const id = ids[j] ?? 0;
      const at = (fill[id] = (fill[id] ?? 0) + 1) - 1;
      owner[at] = k;
      count[at] = counts[j] ?? 0;
    }
  }
  return { start, owner, count };
}
