import type { Change } from "@/lib/diff/types";

/**
 * Word changes as <del>/<ins>, marked by more than colour (strike-through, underline, brackets) and
 * announced to screen readers ("début de suppression … fin de suppression").
 */
export function DiffText({ changes, side }: { changes: Change[]; side: "from" | "to" | "inline" }) {
  const parts = changes.filter((c) => c.op === "equal" || side === "inline" || (side === "from" ? c.op === "delete" : c.op === "insert"));
  if (parts.length === 0 || parts.every((c) => c.text === "")) {
    return <div className="diff-text empty">{side === "from" ? "(absent de cette version)" : "(absent de cette version)"}</div>;
  }
  return (
    <div className="diff-text">
      {parts.map((c, i) =>
        c.op === "equal" ? (
          <span key={i}>{c.text}</span>
        ) : c.op === "delete" ? (
          <del key={i} className="chg">
            <span className="sr-only">[début de suppression] </span>
            {c.text}
            <span className="sr-only"> [fin de suppression]</span>
          </del>
        ) : (
          <ins key={i} className="chg">
            <span className="sr-only">[début d&rsquo;insertion] </span>
            {c.text}
            <span className="sr-only"> [fin d&rsquo;insertion]</span>
          </ins>
        ),
      )}
    </div>
  );
}
