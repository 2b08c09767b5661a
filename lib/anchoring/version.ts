// Bumped whenever `anchor` can place a note differently (passes, scoring, thresholds, scopes):
// cached placements are keyed by it (lib/annotations/placement.ts), so a new anchoring never
// serves an old result. The word diff of a changed passage comes from lib/diff, whose own
// ENGINE_VERSION is part of the same key.
export const ANCHOR_VERSION = "2026-12-07.1";
