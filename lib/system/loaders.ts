// What the running app says about itself (the footer, /api/health), without pages reaching for
// lib/db.ts.
import "server-only";

/** Which database the app runs on: the embedded PGlite of `npm start`, or a PostgreSQL server. */
export function databaseMode(): "embedded" | "server" {
  return process.env.PALIMPSESTE_DB_MODE === "embedded" ? "embedded" : "server";
}
