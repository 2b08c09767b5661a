// Words facing a quotation's omission mark. Pure module.
//
// A version known by quotations shows « … » where its source left words out: « …un contact par
// voie postale ». Diffed against a fuller text, the words left out come out deleted and the « … »
// inserted, though nothing says they changed. Readers (the pages, the API) take such a pair as
// « not cited », never as a deletion or an insertion.

import type { Change } from "./types";

/** An omission mark of a quotation, alone: « … », « ... », « […] », « (…) », spaces around. */
const ELLIPSIS = /^\s*[[(]?\s*(?:…|\.\.\.)\s*[\])]?\s*$/u;
const WORDS = /[\p{L}\p{N}]/u;

/** "later": words the newer version's quotation leaves out; "earlier": words the older one left
 * out; "mark": the omission mark itself. */
export type Elision = "later" | "earlier" | "mark";

/** Which sides hold quotations (text status excerpt or summary): only there is a « … » an
 * omission; in an official text, « (...) » stands for repealed words, a real change. */
export interface QuotedSides {
  from: boolean;
  to: boolean;
}

/** The changes that are part of an omission: a deletion followed by the insertion of a lone
 * omission mark in a quoted newer text (or the reverse), neither of them a moved passage. */
export function elisions(changes: readonly Change[], quoted: QuotedSides): Map<Change, Elision> {
  const out = new Map<Change, Elision>();
  for (let i = 0; i + 1 < changes.length; i++) {
    const [del, ins] = [changes[i], changes[i + 1]];
    if (del?.op !== "delete" || ins?.op !== "insert" || del.move || ins.move) continue;
    if (quoted.to && ELLIPSIS.test(ins.text) && WORDS.test(del.text)) out.set(del, "later").set(ins, "mark");
    else if (quoted.from && ELLIPSIS.test(del.text) && WORDS.test(ins.text)) out.set(del, "mark").set(ins, "earlier");
  }
  return out;
}
