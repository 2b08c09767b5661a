// 64-bit string hashing (cyrb53) and hash interning for the scanners of the diff core. Pure module.
//
// The aligner and the word diff compare tokens as small integers: hashing a token's characters
// where they stand and interning the hash allocates nothing, where a string per token interned in
// a Map<string> costs an allocation and a string hash each. The scanners hash as they read
// (there is no token string to hand to hashSpan), so the steps of the hash are exported one by one:
// a scanner starts from the seeds, feeds each code to stepLow and stepHigh, and finishes with
// finishHash (or finishLow and finishHigh when it wants the halves without the buffer). They are
// tiny functions that V8 inlines into the scanners' loops.

/** cyrb53's starting state: the low and the high half. */
export const SEED_LOW = 0xdeadbeef;
export const SEED_HIGH = 0x41c6ce57;

/** One code into the low half of the state. */
export function stepLow(h1: number, code: number): number {
  return Math.imul(h1 ^ code, 2654435761);
}

/** One code into the high half of the state. */
export function stepHigh(h2: number, code: number): number {
  return Math.imul(h2 ^ code, 1597334677);
}

/** The finished low 32 bits of a state. */
export function finishLow(h1: number, h2: number): number {
  return Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
}

/** The finished high 32 bits, from the state's high half and the finished low bits. */
export function finishHigh(h2: number, low: number): number {
  return Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(low ^ (low >>> 13), 3266489909);
}

/** The finished hash of a state, as its two halves, into `out`. */
export function finishHash(h1: number, h2: number, out: Int32Array): void {
  const low = finishLow(h1, h2);
  out[0] = low;
  out[1] = finishHigh(h2, low);
}

/** The hash of text[start..end), into `out`. */
export function hashSpan(text: string, start: number, end: number, out: Int32Array): void {
  let h1 = SEED_LOW;
  let h2 = SEED_HIGH;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    h1 = stepLow(h1, code);
    h2 = stepHigh(h2, code);
  }
  finishHash(h1, h2, out);
}

/** A hash as one 53-bit number, usable as a Map key. */
export function hash53(hash: Int32Array): number {
  return 4294967296 * (2097151 & (hash[1] ?? 0)) + ((hash[0] ?? 0) >>> 0);
}

/** 64-bit hash → small integer id (0, 1, 2… in order of first sight), open addressing on the two
 * halves: a Map keyed by 53-bit numbers would box every key. Two strings
 * get the same id only if both halves collide; callers that must be exact check their result. */
export class HashIds {
  #keys: Int32Array; // two halves per slot
  #ids: Int32Array; // id per slot, -1 when free
  #slotOf: Int32Array; // slot per id, so that clear() only visits used slots
  #size = 0;

  constructor(expected = 512) {
    let slots = 64;
    while (slots < 2 * expected) slots *= 2;
    this.#keys = new Int32Array(2 * slots);
    this.#ids = new Int32Array(slots).fill(-1);
    this.#slotOf = new Int32Array(slots / 2);
  }

  get size(): number {
    return this.#size;
  }

  /** Forgets every id, in time proportional to how many there were: one table serves many small
   * diffs without allocating. */
  clear(): void {
    for (let id = 0; id < this.#size; id++) this.#ids[this.#slotOf[id] ?? 0] = -1;
    this.#size = 0;
  }

  intern(hash: Int32Array): number {
    return this.internHalves(hash[0] ?? 0, hash[1] ?? 0);
  }

  /** intern() of a hash given as its two halves (finished, as hashSpan writes them). */
  internHalves(a: number, b: number): number {
    if (2 * (this.#size + 1) > this.#ids.length) this.#grow();
    const mask = this.#ids.length - 1;
    for (let slot = a & mask; ; slot = (slot + 1) & mask) {
      const id = this.#ids[slot] ?? -1;
      if (id === -1) return this.#place(slot, a, b, this.#size++);
      if (this.#keys[2 * slot] === a && this.#keys[2 * slot + 1] === b) return id;
    }
  }

  #place(slot: number, a: number, b: number, id: number): number {
    this.#keys[2 * slot] = a;
    this.#keys[2 * slot + 1] = b;
    this.#ids[slot] = id;
    this.#slotOf[id] = slot;
    return id;
  }

  #grow(): void {
    const [keys, ids] = [this.#keys, this.#ids];
    this.#keys = new Int32Array(keys.length * 2);
    this.#ids = new Int32Array(ids.length * 2).fill(-1);
    this.#slotOf = new Int32Array(ids.length);
    const mask = this.#ids.length - 1;
    ids.forEach((id, old) => {
      if (id === -1) return;
      const [a, b] = [keys[2 * old] ?? 0, keys[2 * old + 1] ?? 0];
      let slot = a & mask;
      while (this.#ids[slot] !== -1) slot = (slot + 1) & mask;
      this.#place(slot, a, b, id);
    });
  }
}
