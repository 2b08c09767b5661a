import type { ReactNode } from "react";
import type { AnchoredNote } from "@/lib/annotations/loaders";
import { isQuoted } from "@/lib/legal-text/excerpts";
import { HighlightedWords, type HighlightVoice, type Mark } from "./highlight";
import { NoteAside } from "./notes";
import type { ProvisionNode } from "@/lib/legal-text/types";
import { citation } from "@/lib/legal-text/cite";
import { typeset } from "@/lib/legal-text/typography";
import { CopyLinks } from "./copy-links";
import type { SourceLink } from "./format";
import { addressOf } from "@/lib/routes/addresses";
import { CiteWords, type CiteContext } from "./cite-box";
import type { Language } from "@/lib/i18n/languages";
import { interfaceOf } from "@/lib/i18n/server";

/** The interface's words in the tree, and the language of the version's own words: interface
 * words carry `lang` where the two differ. */
interface Voice extends HighlightVoice {
  /** The version's language (« fr », « nl »). */
  words: string;
  /** The lang attribute of interface words among the version's. */
  lang: Language | undefined;
}

const DIVISIONS = new Set(["book", "part", "title", "chapter", "section", "subsection"]);

function sourceFor(text: string, sources: SourceLink[]): SourceLink | undefined {
  return sources.find((s) => s.quotes && isQuoted(text, s.quotes));
}

/** Marks whose words a passage holds, in words (not only colour). */
function PassageLabel({ node, sources, voice }: { node: ProvisionNode; sources: SourceLink[]; voice: Voice }) {
  if (node.status === "summary") return <span className="passage-label" lang={voice.lang}>{voice.t("readerPassage.summary")}</span>;
  if (node.status === "excerpt") {
    const source = sourceFor(node.text, sources);
    return (
      <span className="passage-label">
        <span lang={voice.lang}>{voice.t("readerPassage.excerpt")}</span>
        {source ? <> — <a href={source.url} rel="noopener noreferrer" lang={source.language ?? "fr"}>{source.publisher ?? source.title}</a></> : null}
      </span>
    );
  }
  return null;
}

/** Annotations placed in this version, by the id of the provision holding their words. */
export interface Placements {
  textSlug: string;
  byNode: Map<string, AnchoredNote[]>;
  target?: string;
}

export function placementsOf(items: AnchoredNote[], textSlug: string, target?: string): Placements {
  const byNode = new Map<string, AnchoredNote[]>();
  for (const item of items) {
    if (item.result.status !== "same" && item.result.status !== "changed") continue;
    const list = byNode.get(item.result.provisionId) ?? [];
    list.push(item);
    byNode.set(item.result.provisionId, list);
  }
  return { textSlug, byNode, target };
}

function marksOf(items: AnchoredNote[]): Mark[] {
  return items.flatMap(({ note, result }) =>
    result.status === "same" || result.status === "changed" ? [{ slug: note.slug, start: result.start, end: result.end, changed: result.status === "changed", title: note.title }] : [],
  );
}

/** A visible link to one provision (« ¶ »), named for screen readers by its citation, and a
 * « copier le lien » button that CopyLinks shows where JavaScript runs. */
function ProvisionLink({ id, cited, voice }: { id: string; cited: string; voice: Voice }) {
  // The space before it is where a line may break: glued to the last word, « ». ¶ » would push
  // past a phone's edge.
  const { t } = voice;
  return (
    <>
      {" "}
      <span className="prov-tools no-print" lang={voice.lang}>
      <a className="prov-link" href={`#${id}`} aria-label={t("readerProvisions.linkTo", { article: cited })}>¶</a>
      <button type="button" className="prov-copy link-button" data-target={id} hidden aria-label={t("readerProvisions.copyLinkTo", { article: cited })}>{t("readerProvisions.copyLink")}</button>
      </span>
    </>
  );
}

function Leaf({ node, sources, children, placements, root, cite, voice }: { node: ProvisionNode; sources: SourceLink[]; children?: ReactNode; placements?: Placements; root: readonly ProvisionNode[]; cite?: CiteContext; voice: Voice }) {
  const here = placements?.byNode.get(node.id) ?? [];
  // Only nodes with words carry the status mark: a bare "§ 1er" holds none.
  const cls = `node ${node.kind}${node.text ? ` status-${node.status}` : ""}${placements && here.length > 0 ? " has-note" : ""}`;
  return (
    <div id={node.id} className={cls} data-lineage={node.lineage}>
      {node.text || node.number ? (
        <p style={{ margin: 0 }}>
          {node.text ? <PassageLabel node={node} sources={sources} voice={voice} /> : null}
          {node.number ? <span className="num">{node.number}{node.kind === "paragraph" ? "." : ""}</span> : null}
          <HighlightedWords text={node.text} marks={marksOf(here)} target={placements?.target} lang={voice.words} voice={voice} />
          <ProvisionLink id={node.id} cited={citation(root, node.id, voice.language)} voice={voice} />
        </p>
      ) : null}
      {/* One column of notes beside the words they comment on (wide screens), below them otherwise. */}
      {placements && here.length > 0 ? (
        <div className="node-notes">
          {here.map((item) => <NoteAside key={item.note.slug} item={item} textSlug={placements.textSlug} target={placements.target} />)}
        </div>
      ) : null}
      {cite && node.text ? <CiteWords context={cite} anchor={node.id} locator={citation(root, node.id)} provision={node.id} t={voice.t} language={voice.language} /> : null}
      {children}
    </div>
  );
}

function Node({ node, sources, level, placements, root, cite, voice }: { node: ProvisionNode; sources: SourceLink[]; level: number; placements?: Placements; root: readonly ProvisionNode[]; cite?: CiteContext; voice: Voice }) {
  const history = placements ? addressOf({ kind: "history", text: placements.textSlug, lineage: node.lineage }) : null;
  const kids = node.children.map((c) => <Node key={c.id} node={c} sources={sources} level={level + 1} placements={placements} root={root} cite={cite} voice={voice} />);
  const heading = node.heading ? ` — ${typeset(node.heading, { language: voice.words })}` : "";
  if (DIVISIONS.has(node.kind)) {
    const H = level === 0 ? "h2" : "h3";
    return (
      <section id={node.id} className="division" aria-labelledby={`${node.id}-h`} data-lineage={node.lineage}>
        <H id={`${node.id}-h`}>
          {node.number}
          {heading}
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
          {heading}
        </h3>
        <p className="article-tools no-print" lang={voice.lang}>
          <a href={`#${node.id}`}>{voice.t("readerProvisions.linkTo", { article: articleName(node.number, voice) })}</a>
          {history ? <a href={history}>{voice.t("readerProvisions.historyOf", { article: articleName(node.number, voice) })}</a> : null}
        </p>
        {cite ? <CiteWords context={cite} anchor={node.id} locator={citation(root, node.id)} provision={node.id} t={voice.t} language={voice.language} /> : null}
        {kids}
      </section>
    );
  }
  return (
    <Leaf node={node} sources={sources} placements={placements} root={root} cite={cite} voice={voice}>
      {kids}
    </Leaf>
  );
}

/** A version's provisions; `language` is the version's (« fr », « nl »; absent: French), whose
 * words are typeset as that language writes them. */
export async function ProvisionTree({ nodes, sources, placements, cite, language: words = "fr" }: { nodes: ProvisionNode[]; sources: SourceLink[]; placements?: Placements; cite?: CiteContext; language?: string }) {
  const { language, t } = await interfaceOf();
  const voice: Voice = { t, language, words, lang: language === words ? undefined : language };
  return (
    <div className={`legal${placements && placements.byNode.size > 0 ? " has-notes" : ""}`}>
      {nodes.map((n) => (
        <Node key={n.id} node={n} sources={sources} level={0} placements={placements} root={nodes} cite={cite} voice={voice} />
      ))}
      <CopyLinks words={{ copied: t("readerCopy.copied"), failed: t("readerCopy.failed") }} />
    </div>
  );
}

/** « Lien vers l'art. 13 », « Historique de l'article 1er »: the article named as French runs it
 * into a sentence (and each link named for its own article, for screen readers); the other
 * languages name it as it is numbered. */
function articleName(number: string | null, { t, language }: Voice): string {
  if (number === null) return t("readerProvisions.thisArticle");
  if (language !== "fr") return number;
  const running = number.replace(/^Art\.\s+/u, "art. ").replace(/^Article\s+/u, "article ");
  return running === number ? number : `l’${running}`;
}
