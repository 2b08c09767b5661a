// A link to a passage as browsers read it: a text fragment (`#id:~:text=prefix-,words,-suffix`,
// https://wicg.github.io/scroll-to-text-fragment/). The provision's id stays before it, so a
// browser that does not read text fragments still opens on the provision. Pure.

/** Words of a passage shorter than this are quoted whole; a longer one by its first and last words. */
const WHOLE_UP_TO = 80;
const EDGE_WORDS = 4;
const CONTEXT_WORDS = 3;

/** Percent-encoding of one term: URL encoding, plus the directive's own syntax (« - », « , », « & »). */
function term(s: string): string {
  return encodeURIComponent(s).replace(/-/gu, "%2D").replace(/[!'()*]/gu, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

const words = (s: string) => s.split(/\s+/u).filter(Boolean);

/** The fragment directive for `exact`, with up to three words of the provision before and after it
 * to tell it from the same words elsewhere on the page; "" when there are no words. */
export function textDirective(exact: string, prefix = "", suffix = ""): string {
  const w = words(exact);
  if (w.length === 0) return "";
  const whole = w.join(" ");
  const body = whole.length <= WHOLE_UP_TO || w.length <= EDGE_WORDS * 2 ? term(whole) : `${term(w.slice(0, EDGE_WORDS).join(" "))},${term(w.slice(-EDGE_WORDS).join(" "))}`;
  const before = words(prefix).slice(-CONTEXT_WORDS).join(" ");
  const after = words(suffix).slice(0, CONTEXT_WORDS).join(" ");
  return `:~:text=${before ? `${term(before)}-,` : ""}${body}${after ? `,-${term(after)}` : ""}`;
}
