import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { answerClientErrors, clientErrorReply, languageOfRequest } from "./client-error";

let server: Server | null = null;
afterEach(() => new Promise<void>((done) => (server ? server.close(() => done()) : done())));

async function listening(withPages: boolean): Promise<string> {
  server = createServer((_req, res) => res.end("ok"));
  if (withPages) answerClientErrors(server);
  await new Promise<void>((done) => server?.listen(0, "127.0.0.1", done));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe("requests the HTTP parser refuses", () => {
  it("an address over 16 KB gets a 431 with a French page, where Node alone sends an empty body", async () => {
    const long = `/texts/x?q=${"a".repeat(17_000)}`;
    const bare = await fetch(`${await listening(false)}${long}`);
    expect(bare.status).toBe(431);
    expect(await bare.text()).toBe("");
    await new Promise<void>((done) => server?.close(() => done()));
    server = null;
    const base = await listening(true);
    const res = await fetch(`${base}${long}`);
    expect(res.status).toBe(431);
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(res.headers.get("content-security-policy")).toContain("default-src 'none'");
    const page = await res.text();
    expect(page).toContain("Adresse trop longue");
    expect(page).toContain('<html lang="fr">');
    // The API answers in JSON, as its other errors.
    const api = await fetch(`${base}/api/v1/texts/x?q=${"a".repeat(17_000)}`);
    expect(api.status).toBe(431);
    expect(await api.json()).toEqual({ error: { code: "request_too_large", message: "the address and headers exceed 16 KB" } });
    // In the reader's language, when the refused request's headers say it.
    const dutch = await fetch(`${base}${long}`, { headers: { "Accept-Language": "nl-BE,nl;q=0.9" } });
    expect(dutch.status).toBe(431);
    expect(await dutch.text()).toContain('<html lang="nl">');
    // Short requests still reach the app.
    expect(await (await fetch(`${base}/`)).text()).toBe("ok");
  });

  it("other parser errors get a 400 page; a reset connection gets nothing", () => {
    expect(clientErrorReply("HPE_INVALID_METHOD")).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    expect(clientErrorReply("ECONNRESET")).toBeNull();
    expect(clientErrorReply("ERR_HTTP_REQUEST_TIMEOUT")).toMatch(/^HTTP\/1\.1 408 Request Timeout\r\n/);
    expect(clientErrorReply("HPE_CHUNK_EXTENSIONS_OVERFLOW")).toMatch(/^HTTP\/1\.1 413 /);
    const reply = clientErrorReply("HPE_HEADER_OVERFLOW") ?? "";
    const [head, body] = reply.split("\r\n\r\n");
    expect(head).toContain(`Content-Length: ${Buffer.byteLength(body ?? "")}`);
  });

  it("reads the reader's language off the refused request's headers, French when they say none", () => {
    expect(languageOfRequest("GET /x HTTP/1.1\r\nHost: h\r\nAccept-Language: en-GB,en;q=0.9\r\n")).toBe("en");
    expect(languageOfRequest("GET /x HTTP/1.1\r\naccept-language: nl\r\nCookie: a=b; langue=en\r\n")).toBe("en");
    expect(languageOfRequest("GET /x HTTP/1.1\r\nX-Accept-Language: nl\r\n")).toBe("fr");
    expect(languageOfRequest("GET /x")).toBe("fr");
    expect(clientErrorReply("HPE_INVALID_METHOD", "BREW / HTTP/1.1\r\nAccept-Language: en\r\n")).toContain("Malformed request");
  });
});
