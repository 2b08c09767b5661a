// Lines copied from a printed page → the same lines with hard wraps undone. A line that starts
// with a small letter and is no number (« a) » is one) continues the line before it, unless that
// one ends a sentence or an enumeration's lead (. ; :): an alinéa, a point or a title never starts
// with a small letter. A word cut by a hyphen at the end of a line cannot be told from a hyphenated
// word (« régle-ment », « peut-être »), so the hyphen is kept and the join is a warning.
import { capitalMarkerOf } from "../markers";
import type { LocatedLine, ReaderWarning } from "../types";

export function joinWraps(lines: readonly LocatedLine[]): { lines: LocatedLine[]; warnings: ReaderWarning[] } {
  const out: LocatedLine[] = [];
  const warnings: ReaderWarning[] = [];
  let previous = 0;
  for (const line of lines) {
    const last = out.at(-1);
    const cut = previous;
    previous = line.line;
    if (!last || !continues(last.text, line.text)) {
      out.push({ ...line });
      continue;
    }
    if (/\p{L}-$/u.test(last.text)) {
      const word = `${/(\S+)$/u.exec(last.text)?.[1] ?? ""}${/^(\S+)/u.exec(line.text)?.[1] ?? ""}`;
      const message = `line ${cut} ends with a hyphen: joined to line ${line.line} as « ${word} », hyphen kept`;
      warnings.push({ code: "wrap-hyphen", line: line.line, message });
      last.text = `${last.text}${line.text}`;
    } else {
      last.text = `${last.text} ${line.text}`;
    }
  }
  return { lines: out, warnings };
}

function continues(previous: string, text: string): boolean {
  if (!/^\p{Ll}/u.test(text) || /[.;:]$/.test(previous)) return false;
  return capitalMarkerOf(text) === null;
}
