// Source bytes → text. Refuses, with the line, what cannot be a text to read: nothing, too much,
// a binary file, invalid UTF-8 that no declared charset explains. A page that declares
// windows-1252 (older Moniteur and Justel pages) is decoded as it says, with a warning.
import { SourceError } from "../../types";
import { declaredCharset, isWindows1252, looksLikeHtml } from "./charset";
import type { ReaderWarning } from "../types";

export interface Decoded {
  text: string;
  encoding: "utf-8" | "windows-1252";
  html: boolean;
  warnings: ReaderWarning[];
}

const KINDS: Array<{ magic: number[]; what: string }> = [
  { magic: [0x25, 0x50, 0x44, 0x46, 0x2d], what: "a PDF file" },
  { magic: [0x50, 0x4b, 0x03, 0x04], what: "a ZIP archive (a .docx or .odt document?)" },
];
const UTF16 = [[0xff, 0xfe], [0xfe, 0xff]];

export function decodeSource(file: string, bytes: Uint8Array, maxBytes: number): Decoded {
  if (bytes.length === 0) {
    throw new SourceError(file, 1, "empty file (expected the text of an act: plain text or an HTML page)");
  }
  if (bytes.length > maxBytes) {
    throw new SourceError(file, 1, `file too large: ${bytes.length} bytes (the limit is ${maxBytes} bytes)`);
  }
  refuseBinary(file, bytes);
  const body = hasBom(bytes) ? bytes.subarray(3) : bytes;
  const invalid = firstInvalidUtf8(body);
  const latin1 = new TextDecoder("latin1").decode(body);
  const html = looksLikeHtml(latin1);
  const declared = html ? declaredCharset(latin1) : null;
  if (invalid < 0) {
    const text = new TextDecoder("utf-8").decode(body);
    const warnings: ReaderWarning[] = [];
    if (declared && isWindows1252(declared.label) && /[^\x00-\x7f]/.test(text)) {
      const message = `the page declares ${declared.label} but its bytes are valid UTF-8: read as UTF-8`;
      warnings.push({ code: "charset-mismatch", line: declared.line, message });
    }
    return { text, encoding: "utf-8", html, warnings };
  }
  if (declared && isWindows1252(declared.label)) {
    const text = decodeWindows1252(body);
    const message = `not UTF-8: decoded as windows-1252, the charset the page declares (${declared.label})`;
    return { text, encoding: "windows-1252", html, warnings: [{ code: "charset-declared", line: declared.line, message }] };
  }
  const byte = (body[invalid] ?? 0).toString(16).toUpperCase().padStart(2, "0");
  throw new SourceError(
    file,
    lineAt(body, invalid),
    `invalid UTF-8 (byte 0x${byte}); expected UTF-8 text, or an HTML page declaring its charset in <meta charset>`,
  );
}

// 0x80–0x9F of windows-1252 (WHATWG index); every other byte is the code point of the same value.
// Decoded here rather than by TextDecoder: Node 20's decoder reads this label as ISO-8859-1 when
// not streaming, which turns « ’ » (0x92) into an invisible control character.
const HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

export function decodeWindows1252(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = Array.from(bytes.subarray(i, i + 8192), (b) => (b >= 0x80 && b < 0xa0 ? HIGH[b - 0x80] : String.fromCharCode(b)));
    out += chunk.join("");
  }
  return out;
}

function refuseBinary(file: string, bytes: Uint8Array): void {
  for (const { magic, what } of KINDS) {
    if (magic.every((b, i) => bytes[i] === b)) {
      throw new SourceError(file, 1, `${what}, not text: copy the text of the act, or save its HTML page`);
    }
  }
  if (UTF16.some((bom) => bom.every((b, i) => bytes[i] === b))) {
    throw new SourceError(file, 1, "UTF-16 text: save it as UTF-8");
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    throw new SourceError(file, lineAt(bytes, nul), "binary file: a NUL byte (expected text)");
  }
}

function hasBom(bytes: Uint8Array): boolean {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

/** 1-based line of a byte offset: one more than the line feeds before it. */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Offset of the first byte that breaks UTF-8 (overlong, surrogate, truncated…), or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i++;
      continue;
    }
    const [length, min, max] = leadRange(b);
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k];
      const [lo, hi] = k === 1 ? [min, max] : [0x80, 0xbf];
      if (c === undefined || c < lo || c > hi) return i;
    }
    i += length;
  }
  return -1;
}

/** Sequence length and the allowed range of the second byte (RFC 3629 table), 0 if not a lead. */
function leadRange(lead: number): [number, number, number] {
  if (lead >= 0xc2 && lead <= 0xdf) return [2, 0x80, 0xbf];
  if (lead === 0xe0) return [3, 0xa0, 0xbf];
  if (lead === 0xed) return [3, 0x80, 0x9f];
  if (lead >= 0xe1 && lead <= 0xef) return [3, 0x80, 0xbf];
  if (lead === 0xf0) return [4, 0x90, 0xbf];
  if (lead >= 0xf1 && lead <= 0xf3) return [4, 0x80, 0xbf];
  if (lead === 0xf4) return [4, 0x80, 0x8f];
  return [0, 0, 0];
}
