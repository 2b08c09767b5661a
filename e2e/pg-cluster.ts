// A throw-away PostgreSQL cluster of the test's own (initdb + pg_ctl in a temporary directory, on
// its own port), so that a test may stop and start its database without touching the shared
// server on 5432. PostgreSQL refuses to run as root: as root, the cluster belongs to the
// "postgres" system user.
import { execFile, spawnSync, type SpawnSyncReturns } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

function binDir(): string {
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root) ? readdirSync(root).filter((v) => existsSync(path.join(root, v, "bin", "pg_ctl"))) : [];
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
  if (!newest) throw new Error(`no PostgreSQL server binaries under ${root}: install the "postgresql" package`);
  return path.join(root, newest, "bin");
}

function systemUser(name: string): { uid: number; gid: number } {
  const id = (flag: string) => Number(spawnSync("id", [flag, name], { encoding: "utf8" }).stdout.trim());
  const uid = id("-u");
  const gid = id("-g");
  if (!Number.isInteger(uid) || uid <= 0) throw new Error(`running as root, and there is no "${name}" user to run PostgreSQL as`);
  return { uid, gid };
}

export interface PgCluster {
  /** postgresql://postgres@127.0.0.1:<port>/<database> */
  url(database: string): string;
  readonly port: number;
  /** Stops the server: "fast" ends the open connections at once, as a crash or a failover would.
   * Asynchronous, so that the load running in the same process goes on meanwhile. */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops the server if it runs and removes its directory. */
  destroy(): void;
}

const PREFIX = "palimpseste-pg-";

/** The cluster a run killed before it could remove it left running on `port`: it would hold the
 * port. (A cluster's fourth postmaster.pid line is its port. A stopped one is left alone: it may
 * be another run's, stopped on purpose for a moment.) */
function removeLeftover(bin: string, port: number, owner: { uid: number; gid: number } | null): void {
  for (const name of readdirSync(tmpdir()).filter((n) => n.startsWith(PREFIX))) {
    const dir = path.join(tmpdir(), name);
    const pidFile = path.join(dir, "data", "postmaster.pid");
    if (!existsSync(pidFile) || readFileSync(pidFile, "utf8").split("\n")[3]?.trim() !== String(port)) continue;
    spawnSync(path.join(bin, "pg_ctl"), ["-D", path.join(dir, "data"), "-m", "immediate", "-w", "stop"], { cwd: dir, ...(owner ?? {}) });
    rmSync(dir, { recursive: true, force: true });
  }
}

export function createPgCluster(port: number): PgCluster {
  const bin = binDir();
  const owner = process.getuid?.() === 0 ? systemUser("postgres") : null;
  removeLeftover(bin, port, owner);
  const dir = mkdtempSync(path.join(tmpdir(), PREFIX));
  const data = path.join(dir, "data");
  if (owner) {
    chownSync(dir, owner.uid, owner.gid);
    chmodSync(dir, 0o700);
  }
  const run = (cmd: string, args: string[]): SpawnSyncReturns<string> => {
    const r = spawnSync(path.join(bin, cmd), args, { encoding: "utf8", cwd: dir, ...(owner ?? {}), env: { ...process.env, LC_ALL: "C.UTF-8" } });
    if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed (${r.status}): ${r.stderr || r.stdout}`);
    return r;
  };
  run("initdb", ["-D", data, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--no-sync"]);
  // Its socket in its own directory, TCP on the loopback only; fsync off: the data is thrown away.
  const options = `-c port=${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=${dir} -c fsync=off -c max_connections=40`;
  const startArgs = ["-D", data, "-o", options, "-l", path.join(dir, "log"), "-w", "-t", "60", "start"];
  const pgCtl = (args: string[]) =>
    new Promise<void>((resolve, reject) =>
      execFile(path.join(bin, "pg_ctl"), args, { cwd: dir, ...(owner ?? {}) }, (error, stdout, stderr) =>
        error ? reject(new Error(`pg_ctl ${args.join(" ")} failed: ${stderr || stdout || error.message}`)) : resolve(),
      ),
    );
  const running = () => existsSync(path.join(data, "postmaster.pid"));
  run("pg_ctl", startArgs);
  return {
    port,
    url: (database) => `postgresql://postgres@127.0.0.1:${port}/${database}`,
    stop: () => pgCtl(["-D", data, "-m", "fast", "-w", "-t", "60", "stop"]),
    start: () => pgCtl(startArgs),
    destroy() {
      if (running()) spawnSync(path.join(bin, "pg_ctl"), ["-D", data, "-m", "immediate", "-w", "stop"], { cwd: dir, ...(owner ?? {}) });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
