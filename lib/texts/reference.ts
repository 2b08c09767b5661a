// Which version a page compares every stage with when the reader chose none. Pure.

/** The stage of a voted act (fixtures' front matter). */
const ACT = "acte";

interface Candidate {
  slug: string;
  stage: string;
  textStatus: string;
  /** Set on another language's expression of a stage: never a reference of its own. */
  expressionOf?: string | null;
}

/** The reference every stage is compared with by default: the latest official text, else the
 * latest voted act, else the latest version (`versions` oldest first). A court's ruling that holds
 * one article is no reference for the others: against it, every other article reads as struck. */
export function defaultReference<V extends Candidate>(versions: readonly V[]): V | undefined {
  const stages = versions.filter((v) => (v.expressionOf ?? null) === null);
  const latest = (keep: (v: V) => boolean) => stages.filter(keep).at(-1);
  return latest((v) => v.textStatus === "official") ?? latest((v) => v.stage === ACT) ?? stages.at(-1);
}
