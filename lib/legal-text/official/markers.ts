// A line's words → the structural marker they start with (../numbering.ts, the Markdown reader's
// rules), remembered: every stage of the reader asks about the same lines, and a consolidated code
// has tens of thousands of them. The answer depends only on the words, so a remembered one is
// the same answer.
import { recognise, type Marker } from "../numbering";

const LIMIT = 100_000;
const running = new Map<string, Marker | null>();
const capitals = new Map<string, Marker | null>();

/** The marker as in running text of an official page: division words in any case. */
export function markerOf(text: string): Marker | null {
  return remembered(running, text, "any");
}

/** The marker when division words count only in capitals (words after a number, wrapped lines). */
export function capitalMarkerOf(text: string): Marker | null {
  return remembered(capitals, text, "capitals");
}

/** Drops what was remembered, so that a read does not keep its lines alive after it ends. */
export function forgetMarkers(): void {
  running.clear();
  capitals.clear();
}

function remembered(cache: Map<string, Marker | null>, text: string, divisions: "any" | "capitals"): Marker | null {
  const known = cache.get(text);
  if (known !== undefined) return known;
  const marker = recognise(text, { heading: false, divisions });
  if (cache.size >= LIMIT) cache.clear();
  cache.set(text, marker);
  return marker;
}
