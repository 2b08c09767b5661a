// Small integer arrays carved out of shared buffers, for the diff core's per-unit results. Pure
// module.
//
// Why: creating a typed array allocates a backing store of its own, whatever its length, where a
// view of an existing buffer costs an order of magnitude less. A comparison of two versions of a
// code makes thousands of small arrays (each unpaired unit's word bag, each modified pair's
// tokens); carved from shared buffers, their allocation stops counting (design notes,
// lib/diff/README.md).
//
// Views are never handed out twice: a buffer is only read and written through the views carved
// from it, each starts zeroed, and a buffer lives as long as any of its views is kept.

/** Entries per shared buffer (256 KiB). */
const CHUNK = 1 << 16;
/** Longer arrays get a buffer of their own: their allocation is small next to filling them. */
const MAX_CARVED = CHUNK >> 4;

let chunk = new Int32Array(CHUNK);
let used = 0;

/** A zeroed Int32Array of `length` entries. */
export function ints(length: number): Int32Array {
  if (length > MAX_CARVED) return new Int32Array(length);
  if (used + length > CHUNK) {
    chunk = new Int32Array(CHUNK);
    used = 0;
  }
  const out = chunk.subarray(used, used + length);
  used += length;
  return out;
}

/** A copy of source[start, end), carved like ints(). */
export function copyInts(source: Int32Array, start: number, end: number): Int32Array {
  const out = ints(end - start);
  for (let i = start; i < end; i++) out[i - start] = source[i] ?? 0;
  return out;
}
