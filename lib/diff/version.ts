// Bumped whenever the change model a comparison produces can differ (tokeniser, alignment,
// clean-up): cached comparisons are keyed by it, so a new engine never serves an old result.
export const ENGINE_VERSION = "2026-12-03.2";
