// Headers by which proxy.ts tells the not-found page what an address named that does not exist:
// the description (URI-encoded: headers carry ASCII only), and the text's slug when the text itself
// exists, for a way back to it.
export const MISSING_HEADER = "x-palimpseste-missing";
export const MISSING_TEXT_HEADER = "x-palimpseste-missing-text";
