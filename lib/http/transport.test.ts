import { describe, expect, it } from "vitest";
import { HSTS_VALUE, forwardedProto, listenHost, strictTransportSecurity } from "./transport";

describe("listenHost", () => {
  it("listens on the loopback interface unless LISTEN_HOST says otherwise", () => {
    expect(listenHost(undefined)).toBe("127.0.0.1");
    expect(listenHost("")).toBe("127.0.0.1");
    expect(listenHost(" ")).toBe("127.0.0.1");
    expect(listenHost("0.0.0.0")).toBe("0.0.0.0");
    expect(listenHost("::")).toBe("::");
  });
});

describe("Strict-Transport-Security", () => {
  it("is sent when a trusted proxy received the request over https", () => {
    expect(strictTransportSecurity({ "x-forwarded-proto": "https" }, 1)).toBe(HSTS_VALUE);
    expect(strictTransportSecurity({ "x-forwarded-proto": "HTTPS" }, 1)).toBe(HSTS_VALUE);
    // Two proxies, each appending: the outer one (a CDN) saw https, the inner one http.
    expect(strictTransportSecurity({ "x-forwarded-proto": "https, http" }, 2)).toBe(HSTS_VALUE);
  });

  it("is not sent over http, nor on a client's own claim, nor without the header", () => {
    expect(strictTransportSecurity({ "x-forwarded-proto": "http" }, 1)).toBeNull();
    expect(strictTransportSecurity({ "x-forwarded-proto": "https" }, 0)).toBeNull();
    expect(strictTransportSecurity({}, 1)).toBeNull();
    // The client wrote "https" in front of what our one proxy appended ("http").
    expect(strictTransportSecurity({ "x-forwarded-proto": "https, http" }, 1)).toBeNull();
  });

  it("reads the outermost trusted proxy's protocol", () => {
    expect(forwardedProto(["https", "http"], 2)).toBe("https");
    expect(forwardedProto("http", 3)).toBe("http");
    expect(forwardedProto(" , ", 1)).toBeNull();
  });
});
