// What a process tree listens on, read from Linux's /proc: which TCP addresses, which Unix socket
// paths. Used to check that `npm start` exposes its HTTP port and nothing else.
import { readdirSync, readFileSync, readlinkSync } from "node:fs";

/** The process and every descendant still alive. */
export function processTree(root: number): number[] {
  const parents = new Map<number, number>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // The command name in parentheses may hold spaces: the fields after its ")" are fixed.
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      parents.set(Number(name), ppid);
    } catch {
      // gone meanwhile
    }
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++) {
    for (const [pid, ppid] of parents) if (ppid === tree[i]) tree.push(pid);
  }
  return tree;
}

function socketInodes(pids: readonly number[]): Set<string> {
  const inodes = new Set<string>();
  for (const pid of pids) {
    let fds: string[] = [];
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      try {
        const m = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`));
        if (m?.[1]) inodes.add(m[1]);
      } catch {
        // closed meanwhile
      }
    }
  }
  return inodes;
}

/** "0100007F:0CEA" (little-endian IPv4) → "127.0.0.1:3306"; IPv6 as "[::]" or "[::1]" or hex. */
function address(hex: string): string {
  const [ip = "", port = ""] = hex.split(":");
  const p = parseInt(port, 16);
  if (ip.length === 8) return `${[6, 4, 2, 0].map((i) => parseInt(ip.slice(i, i + 2), 16)).join(".")}:${p}`;
  if (/^0+$/.test(ip)) return `[::]:${p}`;
  if (ip === "00000000000000000000000001000000") return `[::1]:${p}`;
  return `[${ip}]:${p}`;
}

/** Listening TCP addresses ("127.0.0.1:3311") and Unix socket paths of these processes. */
export function listening(pids: readonly number[]): { tcp: string[]; unix: string[] } {
  const inodes = socketInodes(pids);
  const tcp: string[] = [];
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    for (const row of readFileSync(table, "utf8").split("\n").slice(1)) {
      const cols = row.trim().split(/\s+/);
      // cols: sl local remote st … inode (10th); st 0A is LISTEN.
      if (cols[3] === "0A" && inodes.has(cols[9] ?? "")) tcp.push(address(cols[1] ?? ""));
    }
  }
  const unix: string[] = [];
  for (const row of readFileSync("/proc/net/unix", "utf8").split("\n").slice(1)) {
    const cols = row.trim().split(/\s+/);
    // cols: Num RefCount Protocol Flags Type St Inode Path; flag 00010000 is "accepting".
    if (cols[3] === "00010000" && inodes.has(cols[6] ?? "") && cols[7]) unix.push(cols[7]);
  }
  return { tcp: tcp.sort(), unix: unix.sort() };
}
