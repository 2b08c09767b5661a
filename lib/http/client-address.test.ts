import { createServer, request, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { applyForwarding, clientAddress, forwardingHeaders, trustedHops } from "./client-address";

/** The headers a handler behind applyForwarding sees, for one request from 127.0.0.1. */
async function seenBehind(hops: number, headers: Record<string, string>): Promise<IncomingHttpHeaders> {
  const server = createServer((req, res) => {
    applyForwarding(req, hops);
    res.setHeader("content-type", "application/json");
    res.end(JSON.stringify(req.headers));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  try {
    return await new Promise((resolve, reject) => {
      const req = request({ host: "127.0.0.1", port, path: "/", headers }, (res) => {
        let body = "";
        res.on("data", (chunk: Buffer) => (body += chunk.toString()));
        res.on("end", () => resolve(JSON.parse(body) as IncomingHttpHeaders));
      });
      req.on("error", reject);
      req.end();
    });
  } finally {
    server.close();
  }
}

describe("client address", () => {
  it("is the socket's peer when no proxy is trusted, whatever the client claims", () => {
    expect(clientAddress("198.51.100.1", "192.0.2.10", 0)).toBe("192.0.2.10");
    expect(clientAddress(undefined, "192.0.2.10", 0)).toBe("192.0.2.10");
    expect(clientAddress(undefined, undefined, 0)).toBe("unknown");
  });

  it("behind n trusted proxies, is the address the outermost one saw", () => {
    // client → proxy A (appends the client) → server: the peer is A.
    expect(clientAddress("203.0.113.4", "10.0.0.2", 1)).toBe("203.0.113.4");
    // A client that writes its own header cannot step in front of what A appended.
    expect(clientAddress("198.51.100.66, 203.0.113.4", "10.0.0.2", 1)).toBe("203.0.113.4");
    // Two proxies: A appends the client, B appends A.
    expect(clientAddress(["198.51.100.66, 203.0.113.4", "10.0.0.1"], "10.0.0.2", 2)).toBe("203.0.113.4");
    // A request that bypassed a proxy: the leftmost address it has.
    expect(clientAddress(undefined, "192.0.2.10", 2)).toBe("192.0.2.10");
    expect(clientAddress(" , ", "192.0.2.10", 1)).toBe("192.0.2.10");
  });

  it("drops the Host, protocol and port a client claims when no proxy is trusted, and keeps a trusted proxy's", () => {
    const claimed = { "x-forwarded-for": "198.51.100.1", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https", host: "127.0.0.1:3000" };
    expect(forwardingHeaders(claimed, "192.0.2.10", 0)).toEqual({ "x-forwarded-for": "192.0.2.10", "x-forwarded-host": undefined, "x-forwarded-proto": undefined, "x-forwarded-port": undefined });
    expect(forwardingHeaders(claimed, "10.0.0.2", 1)).toEqual({ "x-forwarded-for": "198.51.100.1" });
    // The headers by which proxy.ts speaks to the pages are never a client's, proxy or not.
    const internal = { "x-palimpseste-missing": "INJECTED", "x-palimpseste-missing-text": "evil" };
    expect(forwardingHeaders(internal, "10.0.0.2", 1)).toEqual({ "x-forwarded-for": "10.0.0.2", "x-palimpseste-missing": undefined, "x-palimpseste-missing-text": undefined });
  });

  it("reads TRUST_PROXY_HOPS, and refuses anything but a small whole number", () => {
    expect(trustedHops(undefined)).toBe(0);
    expect(trustedHops(" ")).toBe(0);
    expect(trustedHops("2")).toBe(2);
    for (const bad of ["-1", "1.5", "oui", "11"]) expect(() => trustedHops(bad)).toThrow(`TRUST_PROXY_HOPS: expected a whole number of reverse proxies from 0 to 10, got "${bad}"`);
  });

  it("reaches the handler as this server vouches for it, with no proxy and behind one", async () => {
    const claimed = { "x-forwarded-for": "198.51.100.1", "x-forwarded-host": "lois.example.be", "x-forwarded-proto": "https" };
    const direct = await seenBehind(0, claimed);
    expect(direct["x-forwarded-for"]).toBe("127.0.0.1");
    expect(direct["x-forwarded-host"]).toBeUndefined();
    expect(direct["x-forwarded-proto"]).toBeUndefined();
    const proxied = await seenBehind(1, claimed);
    expect(proxied).toMatchObject({ "x-forwarded-for": "198.51.100.1", "x-forwarded-host": "lois.example.be", "x-forwarded-proto": "https" });
  });
});
