// Writes of accounts, sessions, login attempts and the audit log.
import { db, type Db, type Prisma } from "../db";
import { hashPassword } from "./password";
import { assertAcceptablePassword } from "./policy";
import { FAILURE_WINDOW_MS, TRUSTED_FOR_MS, verdict, type AttemptKeys, type Verdict } from "./throttle";

export async function createUser(
  client: Db,
  input: { email: string; name: string; password: string; role: "editor" | "admin" },
) {
  await assertAcceptablePassword(input.password, [input.email, input.name]);
  const passwordHash = await hashPassword(input.password);
  return client.user.create({
    data: { email: input.email.trim().toLowerCase(), name: input.name.trim(), role: input.role, passwordHash },
    select: { id: true, email: true, name: true, role: true },
  });
}

export function createSession(data: { id: string; userId: number; csrfToken: string; expiresAt: Date }) {
  return db().session.create({ data });
}

export function deleteSession(id: string) {
  return db().session.deleteMany({ where: { id } });
}

export function touchSession(id: string, expiresAt: Date) {
  return db().session.update({ where: { id }, data: { lastSeenAt: new Date(), expiresAt } });
}

/** Reserves a login attempt before its password is checked, or says why it may not run: the
 * counts and the reservation happen under one table lock, so parallel attempts are counted one
 * after another (a row lock taken by LOCK TABLE works alike on PostgreSQL and on PGlite). */
export function reserveLoginAttempt(keys: AttemptKeys, now: Date): Promise<{ ok: true; ids: number[] } | Extract<Verdict, { ok: false }>> {
  const since = new Date(now.getTime() - FAILURE_WINDOW_MS);
  const failed = { OR: [{ succeeded: false }, { succeeded: null }], createdAt: { gte: since } };
  return db().$transaction(
    async (tx) => {
      await tx.$executeRaw`LOCK TABLE "LoginAttempt" IN SHARE ROW EXCLUSIVE MODE`;
      const [counts, trusted] = await Promise.all([
        tx.loginAttempt.groupBy({ by: ["key"], where: { key: { in: [keys.account, keys.client, keys.pair] }, ...failed }, _count: { _all: true }, _max: { createdAt: true } }),
        tx.loginAttempt.count({ where: { key: keys.pair, succeeded: true, createdAt: { gte: new Date(now.getTime() - TRUSTED_FOR_MS) } } }),
      ]);
      const of = (key: string) => counts.find((c) => c.key === key);
      const decision = verdict(
        { pair: of(keys.pair)?._count._all ?? 0, client: of(keys.client)?._count._all ?? 0, account: of(keys.account)?._count._all ?? 0, lastAccountFailure: of(keys.account)?._max.createdAt ?? null, trusted: trusted > 0 },
        now,
      );
      if (!decision.ok) return decision;
      const rows = await tx.loginAttempt.createManyAndReturn({ data: [keys.account, keys.client, keys.pair].map((key) => ({ key, succeeded: null, createdAt: now })), select: { id: true } });
      return { ok: true as const, ids: rows.map((r) => r.id) };
    },
    // Behind a pool of one connection (the embedded database), reservations wait their turn.
    { maxWait: 20_000, timeout: 20_000 },
  );
}

/** Records how a reserved attempt ended. */
export function settleLoginAttempt(ids: number[], succeeded: boolean) {
  return db().loginAttempt.updateMany({ where: { id: { in: ids } }, data: { succeeded } });
}

export function audit(
  tx: Prisma.TransactionClient | ReturnType<typeof db>,
  entry: { userId: number | null; action: string; entity: string; entityId: string; before?: unknown; after?: unknown },
) {
  return tx.auditLog.create({
    data: {
      userId: entry.userId,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId,
      before: (entry.before ?? undefined) as Prisma.InputJsonValue | undefined,
      after: (entry.after ?? undefined) as Prisma.InputJsonValue | undefined,
    },
  });
}
