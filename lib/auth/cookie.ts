// The session cookie's name, on its own so that scripts/serve.ts (outside Next) can tell an
// editor's request without loading the session code.
export const SESSION_COOKIE = "palimpseste_session";
