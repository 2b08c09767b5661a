// Prisma CLI configuration: the JS (WASM) schema engine with the pg driver adapter, so that
// generate / migrate run offline (no native engine download). See scripts/prisma-cli-hook.mjs.
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";
import "./prisma/cli-patches";

function discreteConfig(url: string) {
  // Given a connectionString, the migrate adapter reuses it for the shadow database too:
  // discrete fields let Prisma swap the database name safely.
  const u = new URL(url);
  return {
    // ?host=/dir: a Unix socket's directory (the embedded database of scripts/embedded-db.ts).
    host: u.searchParams.get("host") || u.hostname,
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username || "postgres"),
    password: decodeURIComponent(u.password || ""),
    database: decodeURIComponent(u.pathname.replace(/^\//, "") || "postgres"),
    max: 2,
    idleTimeoutMillis: 1000,
    allowExitOnIdle: true,
  };
}

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx scripts/seed.ts" },
  experimental: { adapter: true },
  engine: "js",
  async adapter() {
    const url = process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
    return new PrismaPg(discreteConfig(url));
  },
});
