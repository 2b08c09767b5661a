// Reads of accounts, sessions and login attempts.
import { db } from "../db";

export function findUserByEmail(email: string) {
  return db().user.findUnique({ where: { email: email.trim().toLowerCase() } });
}

export function findSession(id: string) {
  return db().session.findUnique({
    where: { id },
    include: { user: { select: { id: true, email: true, name: true, role: true, disabledAt: true } } },
  });
}

export function listAudit(entity: string, entityId: string) {
  return db().auditLog.findMany({
    where: { entity, entityId },
    orderBy: { createdAt: "desc" },
    include: { user: { select: { name: true } } },
  });
}
