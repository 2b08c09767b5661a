// fixtures/<text>/annotations.yaml: seeded commentary, checked against the versions it is written
// on before anything is stored. Every problem is "file:line: what was expected".
import { describe as describeSelection } from "../anchoring/describe";
import type { AnnotationSelectors } from "../anchoring/types";
import { findNode } from "../legal-text/flatten";
import { lineOfPath, parseLocatedYaml, validateLocated } from "../legal-text/located-yaml";
import { SourceError, type ParsedVersion } from "../legal-text/types";
import { annotationsFileSchema, type FixtureAnnotation } from "./schema";
import { locateWords, missInEnglish } from "./locate";

export interface FixtureAnnotationAt extends FixtureAnnotation {
  line: number;
}

export interface ResolvedAnnotation {
  fixture: FixtureAnnotation;
  selectors: AnnotationSelectors;
}

export function parseAnnotationsFile(file: string, raw: string): FixtureAnnotationAt[] {
  const located = parseLocatedYaml(file, raw.replace(/\r\n?/g, "\n"), 1);
  const data = validateLocated(file, located, annotationsFileSchema);
  const seen = new Map<string, number>();
  return data.annotations.map((a, i) => {
    const line = lineOfPath(located, ["annotations", i]);
    const other = seen.get(a.slug);
    if (other !== undefined) throw new SourceError(file, line, `slug "${a.slug}" is already used at line ${other}`);
    seen.set(a.slug, line);
    return { ...a, line };
  });
}

/** Anchors each fixture annotation in the version it is written on (which must be in the bundle). */
export function resolveAnnotations(file: string, items: FixtureAnnotationAt[], versions: ParsedVersion[]): ResolvedAnnotation[] {
  const bySlug = new Map(versions.map((v) => [v.meta.slug, v]));
  return items.map(({ line, ...fixture }) => {
    const version = bySlug.get(fixture.version);
    if (!version) throw new SourceError(file, line, `version "${fixture.version}" is not one of this folder's versions`);
    const node = findNode(version.provisions, fixture.provision);
    if (!node) throw new SourceError(file, line, `provision "${fixture.provision}" is not in version ${fixture.version}`);
    const at = locateWords(node, fixture.exact, fixture);
    if ("miss" in at) throw new SourceError(file, line, missInEnglish(at.miss, fixture.exact, fixture.provision));
    try {
      return { fixture, selectors: describeSelection(node, at.start, at.end) };
    } catch (error) {
      throw new SourceError(file, line, error instanceof Error ? error.message : String(error));
    }
  });
}
