// Writes of accounts, sessions, login attempts and the audit log.
import { db, type Db, type Prisma } from "../db";
import { hashPassword } from "./password";

export async function createUser(
  client: Db,
  input: { email: string; name: string; password: string; role: "editor" | "admin" },
) {
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

export function recordLoginAttempt(keys: string[], succeeded: boolean) {
  return db().loginAttempt.createMany({ data: keys.map((key) => ({ key, succeeded })) });
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
