// Integration on the embedded database (PGlite, one connection, as `npm start` runs it without
// DATABASE_URL): the migration's folding function, stemmers and indexes exist there too, and the
// search answers as on PostgreSQL (the same cases, search-cases.ts).
import { describe } from "vitest";
import { useEmbeddedDb } from "../../scripts/embedded-test-db";
import { createDb } from "../db";
import { loadTexts, searchCases } from "./search-cases";

useEmbeddedDb("search test", async (url) => {
  const loader = createDb(url, 1);
  try {
    await loadTexts(loader);
  } finally {
    await loader.$disconnect();
  }
});

describe("search on the embedded database", () => {
  searchCases(() => async (text, q, mode = "phrase") => (await import("./loaders")).loadSearch(text, q, mode));
});
