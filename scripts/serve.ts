// The production server that `npm start` runs: Next's request handler behind Node's own HTTP
// server, so that the forwarding headers the app reads are ones this server can vouch for
// (lib/http/client-address.ts). Otherwise what `next start` does: the same build, PORT, signals.
import { createServer } from "node:http";
import path from "node:path";
import next from "next";
import { applyForwarding, trustedHops } from "../lib/http/client-address";

const ROOT = path.resolve(import.meta.dirname, "..");

async function main(): Promise<void> {
  const hops = trustedHops(process.env.TRUST_PROXY_HOPS);
  const port = Number(process.env.PORT ?? 3000);
  const app = next({ dev: false, dir: ROOT, port });
  await app.prepare();
  const handle = app.getRequestHandler();
  const server = createServer((req, res) => {
    applyForwarding(req, hops);
    handle(req, res).catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  server.listen(port, () => console.log(`serve: ready on port ${port}${hops ? ` behind ${hops} trusted proxy hop(s)` : ""}`));
  // Exit as a process killed by the signal would (128 + its number), so that start.ts can tell a
  // stop it asked for from one that came from outside. Open keep-alive connections are not waited for.
  const stop = (code: number) => () => {
    server.close(() => process.exit(code));
    server.closeAllConnections();
  };
  process.on("SIGINT", stop(130));
  process.on("SIGTERM", stop(143));
}

main().catch((error: unknown) => {
  console.error(`serve: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
