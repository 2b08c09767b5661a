import { describe, expect, it } from "vitest";

import type { comparisonJson } from "../texts/api";
import { comparisonCsv, csvField, csvRecord } from "./csv";

type ComparisonJson = ReturnType<typeof comparisonJson>;
type Row = ComparisonJson["provisions"][number];

/** A reader of RFC 4180 written apart from the writer: fields, quoted fields, CRLF records. */
function readCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = "";
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ",") {
      record.push(field);
      field = "";
    } else if (!quoted && c === "\r" && text[i + 1] === "\n") {
      record.push(field);
      records.push(record);
      record = [];
      field = "";
      i++;
    } else {
      field += c;
    }
  }
  return records;
}

const row = (over: Partial<Row>): Row =>
  ({ key: "art-13", from: { id: "art-13", number: "Art. 13" }, to: { id: "art-14", number: "Art. 14" }, status: "modified", absence: null, similarity: 0.9, matchedBy: "lineage", rewritten: false, group: null, fromLines: [], toLines: [], changes: [], ...over }) as Row;

const comparison = (provisions: Row[]) => ({ from: "a", to: "b", versions: {}, provisions }) as unknown as ComparisonJson;

describe("CSV fields (RFC 4180)", () => {
  it("quotes commas, quotes, line breaks and « ; », doubling the quotes", () => {
    expect(csvField("plain words")).toBe("plain words");
    expect(csvField("a, b")).toBe('"a, b"');
    expect(csvField('le « service » dit "non"')).toBe('"le « service » dit ""non"""');
    expect(csvField("charge ; disproportionnée")).toBe('"charge ; disproportionnée"');
    expect(csvField("ligne 1\nligne 2")).toBe('"ligne 1\nligne 2"');
    expect(csvField("ligne 1\r\nligne 2")).toBe('"ligne 1\r\nligne 2"');
    expect(csvRecord(["a", "b,c", ""])).toBe('a,"b,c",');
  });

  it("reads back as the same fields, whatever they hold", () => {
    const nasty = ['"', '""', ",", ";", "\n", "\r\n", "« et/ou »", " espace ", ""];
    expect(readCsv(`${csvRecord(nasty)}\r\n`)).toEqual([nasty]);
  });
});

describe("comparison CSV", () => {
  it("has one row per changed passage with lineage, both ids, kind and words; unchanged provisions left out", () => {
    const csv = comparisonCsv(
      comparison([
        row({ key: "same", status: "unchanged", changes: [{ op: "equal", text: "rien" }] }),
        row({
          changes: [
            { op: "equal", text: "un accueil physique " },
            { op: "delete", text: "et/ou" },
            { op: "insert", text: "et, le cas échéant, « un » ;" },
            { op: "equal", text: " service " },
            { op: "insert", text: "téléphonique\nou postal" },
          ],
        }),
        row({ key: "art-20", from: null, to: { id: "art-20", number: "Art. 20" }, status: "inserted", absence: "absent", changes: [{ op: "insert", text: "Texte nouveau." }] }),
        row({ key: "art-5", status: "renumbered", changes: [{ op: "equal", text: "mêmes mots" }] }),
      ]),
    );
    expect(csv.startsWith("lineage,")).toBe(true); // no byte order mark
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(readCsv(csv)).toEqual([
      ["lineage", "from_id", "to_id", "from_number", "to_number", "provision_status", "change", "old_words", "new_words", "move", "not_cited"],
      ["art-13", "art-13", "art-14", "Art. 13", "Art. 14", "modified", "replace", "et/ou", "et, le cas échéant, « un » ;", "", ""],
      ["art-13", "art-13", "art-14", "Art. 13", "Art. 14", "modified", "insert", "", "téléphonique\nou postal", "", ""],
      ["art-20", "", "art-20", "", "Art. 20", "inserted", "insert", "", "Texte nouveau.", "", ""],
      ["art-5", "art-13", "art-14", "Art. 13", "Art. 14", "renumbered", "none", "", "", "", ""],
    ]);
  });

  it("says which passages a quotation leaves out, and which are moves", () => {
    const csv = comparisonCsv(
      comparison([
        row({
          changes: [
            { op: "delete", text: "mots déplacés", move: { id: "m1", other: { id: "art-2", number: "Art. 2" } } },
            { op: "equal", text: " … " },
            { op: "insert", text: "non cités", notCited: "later", notCitedBecause: "omission" } as Row["changes"][number],
          ],
        }),
      ]),
    );
    const [, first, second] = readCsv(csv);
    expect(first?.slice(6)).toEqual(["delete", "mots déplacés", "", "m1", ""]);
    expect(second?.slice(6)).toEqual(["insert", "", "non cités", "", "later"]);
  });
});
