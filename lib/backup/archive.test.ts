import { gunzipSync, gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { ArchiveError, decodeArchive, encodeArchive, type Archive } from "./archive";
import { backupOrder } from "./backup";

const sample: Archive = {
  migrations: ["20261126080000_init", "20261203100000_phrase_added_by"],
  passwordHashes: false,
  tables: [
    { table: "Text", rows: [{ id: 1, slug: "bruxelles-numerique", sources: { a: [1, "é"] } }] },
    { table: "Version", rows: [{ id: 1, textId: 1, rawSource: "Art. 13.\n§ 1er. …" }, { id: 2, textId: 1, rawSource: "" }] },
  ],
};

function reencode(bytes: Buffer, edit: (text: string) => string): Buffer {
  return gzipSync(edit(gunzipSync(bytes).toString("utf8")));
}

describe("backup archive", () => {
  it("gives back what it was given, and the same bytes for the same data", () => {
    const bytes = encodeArchive(sample);
    expect(decodeArchive(bytes)).toEqual(sample);
    expect(encodeArchive(decodeArchive(bytes)).equals(bytes)).toBe(true);
  });

  it("refuses an archive whose rows were changed after it was written", () => {
    const tampered = reencode(encodeArchive(sample), (t) => t.replace("bruxelles-numerique", "bruxelles-numerique-2"));
    expect(() => decodeArchive(tampered)).toThrow(/empreinte SHA-256/);
  });

  it("refuses a cut or garbled file with a sentence, not a zlib error", () => {
    const bytes = encodeArchive(sample);
    expect(() => decodeArchive(bytes.subarray(0, bytes.length - 9))).toThrow(ArchiveError);
    expect(() => decodeArchive(bytes.subarray(0, bytes.length - 9))).toThrow(/gzip illisible/);
    expect(() => decodeArchive(Buffer.alloc(0))).toThrow(/vide/);
  });

  it("refuses a gzip file that is not a Palimpseste backup", () => {
    expect(() => decodeArchive(gzipSync("hello\n"))).toThrow(/ligne 1 \(en-tête\) n'est pas du JSON/);
    expect(() => decodeArchive(gzipSync('{"format":"autre"}\n'))).toThrow(/ligne 1 \(en-tête\) n'a pas la forme/);
  });

  it("refuses an archive missing a table line", () => {
    const cut = reencode(encodeArchive(sample), (t) => t.split("\n").slice(0, 2).join("\n") + "\n");
    expect(() => decodeArchive(cut)).toThrow(/2 table\(s\) annoncée\(s\), 1 trouvée/);
  });
});

describe("backup order", () => {
  const t = (name: string, parents: string[] = []) => ({ name, primaryKey: ["id"], parents });

  it("puts parents first and leaves out runtime tables and what hangs on them", () => {
    const order = backupOrder([
      t("Version", ["Text"]),
      t("Text"),
      t("Session", ["User"]),
      t("User"),
      t("Draft", ["Session"]),
      t("ComparisonCache"),
      t("Annotation", ["Text", "User"]),
      t("LoginAttempt"),
    ]).map((x) => x.name);
    expect(order).toEqual(["Text", "User", "Annotation", "Version"]);
  });

  it("says so when foreign keys form a cycle", () => {
    expect(() => backupOrder([t("A", ["B"]), t("B", ["A"])])).toThrow(/cycle among A, B/);
  });
});
