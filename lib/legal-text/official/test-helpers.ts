// Shared by this folder's tests: fixtures read as bytes, readings printed as short lines.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

import { SourceError } from "../types";
import { readOfficialText } from "./read";
import type { Amendment, OfficialReading, ReaderWarning, ReadOptions } from "./types";

export function fixtureBytes(name: string): Uint8Array {
  return readFileSync(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)));
}

export function readText(text: string, options: ReadOptions = {}): OfficialReading {
  return readOfficialText("t.txt", new TextEncoder().encode(text), options);
}

/** provision action type date/dossier art. N → in force [n "words"] @line */
export function renderAmendments(amendments: readonly Amendment[]): string[] {
  return amendments.map((a) => {
    const act = `${a.act.type} ${a.act.date}${a.act.dossier ? `/${a.act.dossier}` : ""}`;
    const note = a.note === null ? "" : ` [${a.note} ${JSON.stringify(a.words)}]`;
    return `${a.provisionId ?? "-"} ${a.action} ${act} art. ${a.article ?? "?"} → ${a.inForce ?? "?"}${note} @${a.line}`;
  });
}

/** line code: message */
export function renderWarnings(warnings: readonly ReaderWarning[]): string[] {
  return warnings.map((w) => `${w.line} ${w.code}: ${w.message}`);
}

/** The exact message of the SourceError the read throws. */
export function readError(bytes: Uint8Array | string, options: ReadOptions = {}): string {
  const data = typeof bytes === "string" ? new TextEncoder().encode(bytes) : bytes;
  try {
    readOfficialText("t.txt", data, options);
  } catch (error) {
    if (error instanceof SourceError) return error.message;
    throw error;
  }
  return "no error";
}
