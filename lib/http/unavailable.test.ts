import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { unavailablePage } from "./error-page";
import { answerUnavailable } from "./unavailable";

let close: (() => void) | null = null;
afterEach(() => close?.());

/** A server whose handler answers as `answer` does, with the database reported `met`. */
async function serve(answer: (res: ServerResponse) => void, met: boolean): Promise<string> {
  const server = createServer((req, res) => {
    answerUnavailable(req, res, () => met);
    answer(res);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  close = () => server.close();
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const failing = (res: ServerResponse) => {
  res.statusCode = 500;
  res.setHeader("Content-Type", "text/html");
  res.setHeader("X-Content-Type-Options", "nosniff");
  res.write("<p>Une erreur est survenue</p>");
  res.end();
};

describe("answerUnavailable", () => {
  it("turns a page's 500 into the French 503 page when the request met an unreachable database, security headers kept", async () => {
    const res = await fetch(`${await serve(failing, true)}/texts/t`);
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("5");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(await res.text()).toBe(unavailablePage());
  });

  it("answers a Dutch reader in Dutch, and one who chose English in English", async () => {
    const base = await serve(failing, true);
    expect(await (await fetch(`${base}/texts/t`, { headers: { "Accept-Language": "nl-BE,nl;q=0.9" } })).text()).toBe(unavailablePage(undefined, "nl"));
    expect(await (await fetch(`${base}/texts/t`, { headers: { "Accept-Language": "nl", Cookie: "langue=en" } })).text()).toBe(unavailablePage(undefined, "en"));
  });

  it("answers the API in JSON", async () => {
    const res = await fetch(`${await serve((r) => r.writeHead(500).end("x"), true)}/api/v1/texts`);
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ error: { code: "unavailable" } });
  });

  it("leaves the app's own 503 answers alone", async () => {
    const res = await fetch(`${await serve((r) => r.writeHead(503, { "Content-Type": "text/html" }).end("<p>renvoyer</p>"), true)}/api/v1/texts/t/annotations`);
    expect(res.status).toBe(503);
    expect(await res.text()).toBe("<p>renvoyer</p>");
  });

  it("leaves other failures and every success alone", async () => {
    const other = await fetch(`${await serve(failing, false)}/texts/t`);
    expect(other.status).toBe(500);
    expect(await other.text()).toBe("<p>Une erreur est survenue</p>");
    close?.();
    const ok = await fetch(`${await serve((r) => r.writeHead(200, { "Content-Type": "text/plain" }).end("lu"), true)}/texts/t`);
    expect(ok.status).toBe(200);
    expect(await ok.text()).toBe("lu");
  });
});

describe("unavailablePage", () => {
  it("gives a refused note back escaped, never a password", () => {
    const page = unavailablePage({ action: "/api/v1/texts/t/annotations", fields: { title: 'Un "titre" <b>', body: "</textarea><script>x</script>", csrf: "tok", password: "secret" } });
    expect(page).toContain('value="Un &#34;titre&#34; &#60;b&#62;"');
    expect(page).toContain("&#60;/textarea&#62;&#60;script&#62;x&#60;/script&#62;</textarea>");
    expect(page).toContain('<input type="hidden" name="csrf" value="tok">');
    expect(page).not.toContain("secret");
    expect(page).toContain("Votre envoi n’a pas été enregistré. Le voici tel que vous l’avez écrit\u00a0:");
  });
});

describe("the 503 page in the reader's language", () => {
  it("speaks Dutch or English when the reader does, French otherwise, a refused write included", () => {
    expect(unavailablePage(undefined, "nl")).toContain('<html lang="nl">');
    expect(unavailablePage(undefined, "nl")).toContain("Dienst tijdelijk niet beschikbaar");
    expect(unavailablePage(undefined, "en")).toContain("Back to the list of texts");
    expect(unavailablePage()).toContain('<html lang="fr">');
    expect(unavailablePage()).toContain("Service momentanément indisponible");
    expect(unavailablePage({ action: "/x", fields: {} }, "en")).toContain("Service temporarily unavailable");
    expect(unavailablePage({ action: "/x", fields: {} }, "en")).toContain("What you sent was not saved: try again");
    const kept = unavailablePage({ action: "/x", fields: { title: "Titel", body: "Tekst" } }, "nl");
    expect(kept).toContain('<label for="resend-body">Commentaar</label>');
    expect(kept).toContain("Opnieuw verzenden");
  });
});
