import type { ReactNode } from "react";
import { isQuoted } from "@/lib/legal-text/excerpts";
import type { ProvisionNode } from "@/lib/legal-text/types";
import type { SourceLink } from "./format";

const DIVISIONS = new Set(["book", "part", "title", "chapter", "section", "subsection"]);

function sourceFor(text: string, sources: SourceLink[]): SourceLink | undefined {
  return sources.find((s) => s.quotes && isQuoted(text, s.quotes));
}

/** Marks whose words a passage holds, in words (not only colour). */
function PassageLabel({ node, sources }: { node: ProvisionNode; sources: SourceLink[] }) {
  if (node.status === "summary") return <span className="passage-label">Résumé</span>;
  if (node.status === "excerpt") {
    const source = sourceFor(node.text, sources);
    return (
      <span className="passage-label">
        Extrait cité{source ? <> — <a href={source.url} rel="noopener noreferrer">{source.publisher ?? source.title}</a></> : null}
      </span>
    );
  }
  return null;
}

function Leaf({ node, sources, children }: { node: ProvisionNode; sources: SourceLink[]; children?: ReactNode }) {
  // Only nodes with words carry the status mark: a bare "§ 1er" holds none.
  const cls = `node ${node.kind}${node.text ? ` status-${node.status}` : ""}`;
  return (
    <div id={node.id} className={cls} data-lineage={node.lineage}>
      {node.text || node.number ? (
        <p style={{ margin: 0 }}>
          {node.text ? <PassageLabel node={node} sources={sources} /> : null}
          {node.number ? <span className="num">{node.number}{node.kind === "paragraph" ? "." : ""}</span> : null}
          {node.text}
        </p>
      ) : null}
      {children}
    </div>
  );
}

function Node({ node, sources, level }: { node: ProvisionNode; sources: SourceLink[]; level: number }) {
  const kids = node.children.map((c) => <Node key={c.id} node={c} sources={sources} level={level + 1} />);
  if (DIVISIONS.has(node.kind)) {
    const H = level === 0 ? "h2" : "h3";
    return (
      <section id={node.id} className="division" aria-labelledby={`${node.id}-h`} data-lineage={node.lineage}>
        <H id={`${node.id}-h`}>
          {node.number}
          {node.heading ? ` — ${node.heading}` : ""}
        </H>
        {kids}
      </section>
    );
  }
  if (node.kind === "article") {
    return (
      <section id={node.id} className="article" aria-labelledby={`${node.id}-h`} data-lineage={node.lineage}>
        <h3 id={`${node.id}-h`}>
          {node.number}
          {node.heading ? ` — ${node.heading}` : ""}
          <a className="anchor-link no-print" href={`#${node.id}`} aria-label={`Lien vers ${node.number ?? "cet article"}`}>
            #
          </a>
        </h3>
        {kids}
      </section>
    );
  }
  return (
    <Leaf node={node} sources={sources}>
      {kids}
    </Leaf>
  );
}

export function ProvisionTree({ nodes, sources }: { nodes: ProvisionNode[]; sources: SourceLink[] }) {
  return (
    <div className="legal">
      {nodes.map((n) => (
        <Node key={n.id} node={n} sources={sources} level={0} />
      ))}
    </div>
  );
}
