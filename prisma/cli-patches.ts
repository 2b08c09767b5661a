// Workarounds loaded only by the Prisma CLI (through prisma.config.ts), never by the app.
// Each one answers a problem seen with Prisma 6.19's WASM schema engine on the pg adapter.
import pg from "pg";

// 1. The schema engine cannot deserialize PostgreSQL catalog types (name, char, regclass, …) that
//    its introspection queries return (prisma/orm#27403). Handing them over as text fixes it.
const CATALOG_TYPE_OIDS = new Set([18, 19, 22, 24, 30, 194, 2205, 2206]);
const TEXT_OID = 25;

type FieldDescription = { dataTypeID: number };
type ResultProto = { addFields(fields: FieldDescription[]): void; __palimpsestePatched?: boolean };

const proto = (pg as unknown as { Result: { prototype: ResultProto } }).Result.prototype;
if (!proto.__palimpsestePatched) {
  const original = proto.addFields;
  proto.addFields = function addFields(this: ResultProto, fields: FieldDescription[]) {
    for (const field of fields) {
      if (CATALOG_TYPE_OIDS.has(field.dataTypeID)) field.dataTypeID = TEXT_OID;
    }
    original.call(this, fields);
  };
  proto.__palimpsestePatched = true;
}

// 2. The WASM engine leaves 10 s and 60 s timers pending after its work is done, so `migrate deploy`
//    would linger ~11 s and `migrate dev` ~62 s. Long timers must not keep the CLI process alive.
const LONG_TIMER_MS = 5_000;
const originalSetTimeout = globalThis.setTimeout;
globalThis.setTimeout = ((handler: () => void, ms?: number, ...args: unknown[]) => {
  const timer: unknown = originalSetTimeout(handler, ms, ...args);
  const unref = (timer as { unref?: () => void } | null)?.unref;
  if ((ms ?? 0) >= LONG_TIMER_MS && typeof unref === "function") unref.call(timer);
  return timer;
}) as typeof globalThis.setTimeout;
