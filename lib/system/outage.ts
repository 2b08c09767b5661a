// Which requests met an unreachable database. A page cannot choose its own status in Next: when
// its loader fails because PostgreSQL is down, Next answers 500 with the error boundary. The
// production server (scripts/serve.ts) runs each request inside `watchRequest`, the database
// client (lib/db.ts) calls `noteUnreachable` when a connection fails, and the server turns that
// request's 500 into the French 503 page. The storage lives on globalThis: Next bundles its own
// copy of this module, and both copies must share one.
import { AsyncLocalStorage } from "node:async_hooks";

interface Watch {
  unreachable: boolean;
}

const KEY = Symbol.for("palimpseste.database-outage");
const holder = globalThis as unknown as Record<typeof KEY, AsyncLocalStorage<Watch> | undefined>;

function storage(): AsyncLocalStorage<Watch> {
  holder[KEY] ??= new AsyncLocalStorage<Watch>();
  return holder[KEY];
}

/** Runs `handle` for one request; the returned watch says, once it is done, whether the database
 * could not be reached while answering it. */
export function watchRequest(handle: () => void): Watch {
  const watch: Watch = { unreachable: false };
  storage().run(watch, handle);
  return watch;
}

/** The current request (if any) met an unreachable database. */
export function noteUnreachable(): void {
  const watch = storage().getStore();
  if (watch) watch.unreachable = true;
}
