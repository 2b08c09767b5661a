import type { ReactNode } from "react";
import type { Change } from "@/lib/diff/types";

/** A passage to highlight, as offsets in the text of the side shown (from: equal+delete, to: equal+insert). */
export interface SideHighlight {
  slug: string;
  start: number;
  end: number;
}

function ChangeSpan({ op, children, k, move }: { op: Change["op"]; children: ReactNode; k: string; move?: Change["move"] }) {
  if (op === "equal") return <span key={k}>{children}</span>;
  const Tag = op === "delete" ? "del" : "ins";
  const word = move ? (op === "delete" ? "passage déplacé" : "passage venu d’ailleurs") : op === "delete" ? "suppression" : "insertion";
  const prep = move || op === "insert" ? "d’" : "de ";
  return (
    <Tag key={k} className={`chg${move ? " moved" : ""}`} id={move ? `${move.id}-${op === "delete" ? "from" : "to"}` : undefined}>
      <span className="sr-only">[début {move ? "du " : prep}{word}] </span>
      {children}
      <span className="sr-only"> [fin {move ? "du " : prep}{word}]</span>
      {move ? (
        <a className="move-link" href={`#${move.id}-${op === "delete" ? "to" : "from"}`}>
          {op === "delete" ? `déplacé vers ${move.other.number ?? move.other.id}` : `venu de ${move.other.number ?? move.other.id}`}
        </a>
      ) : null}
    </Tag>
  );
}

/** Cuts a change's text where it meets the highlighted passage. */
function withHighlight(text: string, at: number, hl: SideHighlight | undefined, key: string): ReactNode {
  if (!hl || hl.end <= at || hl.start >= at + text.length) return text;
  const a = Math.max(0, hl.start - at);
  const b = Math.min(text.length, hl.end - at);
  return (
    <>
      {text.slice(0, a)}
      <a href={`#note-${hl.slug}`} className="hl is-target" key={key}>
        {hl.start >= at ? <span className="sr-only">[début du passage commenté] </span> : null}
        <mark>{text.slice(a, b)}</mark>
        {hl.end <= at + text.length ? <span className="sr-only"> [fin du passage commenté]</span> : null}
      </a>
      {text.slice(b)}
    </>
  );
}

/**
 * Word changes as <del>/<ins>, marked by more than colour (strike-through, underline, brackets) and
 * announced to screen readers ("début de suppression … fin de suppression").
 */
export function DiffText({ changes, side, highlight }: { changes: Change[]; side: "from" | "to" | "inline"; highlight?: SideHighlight }) {
  const parts = changes.filter((c) => c.op === "equal" || side === "inline" || (side === "from" ? c.op === "delete" : c.op === "insert"));
  if (parts.length === 0 || parts.every((c) => c.text === "")) {
    return <div className="diff-text empty">(absent de cette version)</div>;
  }
  let at = 0;
  return (
    <div className="diff-text">
      {parts.map((c, i) => {
        const node = withHighlight(c.text, at, side === "inline" ? undefined : highlight, `h${i}`);
        at += c.text.length;
        return <ChangeSpan key={i} k={String(i)} op={c.op} move={c.move}>{node}</ChangeSpan>;
      })}
    </div>
  );
}
