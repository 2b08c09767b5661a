// npm run user:create -- --email you@example.org --name "Your Name" [--role admin|editor]
// The password is read from PALIMPSESTE_PASSWORD or, interactively, from standard input.
import { z } from "zod";
import { createInterface } from "node:readline/promises";
import { Writable } from "node:stream";
import { parseArgs } from "node:util";
import { createUser } from "../lib/auth/mutations";
import { MIN_PASSWORD_LENGTH } from "../lib/auth/password";
import { createDb } from "../lib/db";
import { DEFAULT_DATA_DIR, startEmbeddedDb, type EmbeddedDb } from "./embedded-db";

async function readPassword(): Promise<string> {
  if (process.env.PALIMPSESTE_PASSWORD) return process.env.PALIMPSESTE_PASSWORD;
  // Typed without echo: readline writes what it reads to `output`, so nothing it writes after the
  // prompt reaches the terminal (the password never shows on screen or in a screen recording).
  let muted = false;
  const output = new Writable({
    write(chunk: Buffer, _encoding, done) {
      if (!muted) process.stdout.write(chunk);
      done();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: process.stdin.isTTY === true });
  const asked = rl.question(`Mot de passe (au moins ${MIN_PASSWORD_LENGTH} caractères, ni courant ni répétitif ; caché) : `);
  muted = true;
  const answer = await asked;
  rl.close();
  process.stdout.write("\n");
  return answer;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    args: process.argv.slice(2).filter((a) => a !== "--"),
    options: { email: { type: "string" }, name: { type: "string" }, role: { type: "string", default: "admin" } },
  });
  if (!values.email || !values.name || !["admin", "editor"].includes(values.role ?? "")) {
    console.error('usage: npm run user:create -- --email you@example.org --name "Your Name" [--role admin|editor]');
    return 2;
  }
  // The login form only accepts an e-mail address: an account named otherwise could never sign in.
  if (!z.email().safeParse(values.email.trim()).success) {
    console.error(`user:create: --email: expected an e-mail address, got "${values.email}"`);
    return 2;
  }
  const password = await readPassword();
  let embedded: EmbeddedDb | null = null;
  let url = process.env.DATABASE_URL;
  if (!url) {
    // The embedded database of `npm start`: usable only while the app is stopped.
    embedded = await startEmbeddedDb(process.env.PALIMPSESTE_DATA_DIR ?? DEFAULT_DATA_DIR);
    url = embedded.url;
  }
  const client = createDb(url, 1);
  try {
    const user = await createUser(client, { email: values.email, name: values.name, password, role: values.role as "admin" | "editor" });
    console.log(`user:create: ${user.role} ${user.email} created.`);
    return 0;
  } catch (error) {
    const msg = error instanceof Error ? error.message : String(error);
    console.error(`user:create: ${msg.includes("Unique constraint") ? `an account with ${values.email} already exists` : msg}`);
    return 1;
  } finally {
    await client.$disconnect();
    await embedded?.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`user:create: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
