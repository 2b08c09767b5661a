// Reading a request body within bounds: every write route reads its body through here (forms.ts),
// so none of them can be made to buffer megabytes or to parse JSON nested thousands deep (whose
// JSON.stringify then overflows the stack).
import { HttpError } from "./errors";

/** The largest body a write accepts. The largest legitimate one, an annotation, holds at most
 * 20,000 characters of commentary and a few short fields: 256 KiB leaves room for any encoding. */
export const MAX_BODY_BYTES = 256 * 1024;
/** The deepest JSON a write accepts: the API's bodies are flat objects of strings and numbers. */
export const MAX_JSON_DEPTH = 8;

const tooLarge = (limit: number) =>
  new HttpError(413, "payload_too_large", `request body: larger than the limit of ${limit / 1024} KiB (${limit} bytes)`);

/** The body's bytes, refused with a 413 as soon as they pass the limit, MAX_BODY_BYTES unless the
 * route states its own (whether or not the request declared its length). */
export async function readBodyBytes(request: Request, limit = MAX_BODY_BYTES): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (Number.isFinite(declared) && declared > limit) throw tooLarge(limit);
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let part = await reader.read(); !part.done; part = await reader.read()) {
    size += part.value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(limit);
    }
    chunks.push(part.value);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

/** How deep the arrays and objects of a JSON text nest (brackets inside strings do not count).
 * Stops counting past `limit`: the answer is then limit + 1. */
export function jsonDepth(text: string, limit = MAX_JSON_DEPTH): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // a backslash escapes the next character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      depth++;
      if (depth > deepest) deepest = depth;
      if (deepest > limit) return deepest;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return deepest;
}

/** A JSON body that must be an object: refused by name when it is not JSON, not an object, or
 * nested deeper than MAX_JSON_DEPTH. */
export function parseJsonObject(text: string): Record<string, unknown> {
  if (text.trim() === "") return {};
  if (jsonDepth(text) > MAX_JSON_DEPTH) {
    throw new HttpError(400, "bad_body", `request body: JSON nested deeper than ${MAX_JSON_DEPTH} levels; expected an object of fields`);
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    throw new HttpError(400, "bad_body", `request body: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!body || typeof body !== "object" || Array.isArray(body)) {
    throw new HttpError(400, "bad_body", `request body: expected a JSON object of fields, got ${Array.isArray(body) ? "an array" : body === null ? "null" : typeof body}`);
  }
  return body as Record<string, unknown>;
}
