// Request-facing authentication: the session cookie, login with throttling, and the guard every
// write goes through (editor session + same-origin request + CSRF token).
import { cookies } from "next/headers";
import { DomainError } from "../errors";
import { findSession, findUserByEmail } from "./data";
import { createSession, deleteSession, reserveLoginAttempt, settleLoginAttempt, touchSession } from "./mutations";
import { attemptKeys } from "./throttle";
import { dummyHash, verifyPassword } from "./password";
import { newToken, sameToken, tokenId } from "./tokens";
import { originFromHeaders } from "../http/origin";
import { SESSION_COOKIE } from "./cookie";

export { SESSION_COOKIE };
const SESSION_DAYS = 14;

export interface CurrentSession {
  id: string;
  csrfToken: string;
  user: { id: number; email: string; name: string; role: "editor" | "admin" };
}

const expiry = () => new Date(Date.now() + SESSION_DAYS * 24 * 3600 * 1000);

export async function getSession(): Promise<CurrentSession | null> {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  if (!token) return null;
  const session = await findSession(tokenId(token));
  if (!session || session.expiresAt < new Date() || session.user.disabledAt) return null;
  // Sliding expiry, refreshed at most once an hour to keep reads cheap.
  if (Date.now() - session.lastSeenAt.getTime() > 3600_000) await touchSession(session.id, expiry());
  const { disabledAt: _disabled, ...user } = session.user;
  return { id: session.id, csrfToken: session.csrfToken, user };
}

/** The address this server vouches for: scripts/serve.ts sets X-Forwarded-For from the connection
 * (or, behind TRUST_PROXY_HOPS proxies, from what they saw) before the app reads it. */
function clientAddressOf(request: Request): string {
  return request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || "unknown";
}

/** Checks the password, throttled (lib/auth/throttle.ts). The attempt is reserved before the
 * check, so parallel requests cannot check more passwords than the budgets allow. Returns the new
 * session's token. */
export async function login(request: Request, email: string, password: string): Promise<string> {
  const reservation = await reserveLoginAttempt(attemptKeys(email, clientAddressOf(request)), new Date());
  if (!reservation.ok) {
    throw new DomainError("too_many_attempts", reservation.message, { retryAfterSeconds: Math.ceil(reservation.retryAfterMs / 1000) });
  }
  const user = await findUserByEmail(email);
  const ok = await verifyPassword(password, user?.passwordHash ?? (await dummyHash())).catch(() => false);
  const succeeded = ok && !!user && !user.disabledAt;
  await settleLoginAttempt(reservation.ids, succeeded);
  if (!succeeded || !user) throw new DomainError("bad_credentials", "Wrong e-mail address or password.");
  const token = newToken();
  await createSession({ id: tokenId(token), userId: user.id, csrfToken: newToken(), expiresAt: expiry() });
  return token;
}

export async function logout(): Promise<void> {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  if (token) await deleteSession(tokenId(token));
}

export function sessionCookie(token: string, request: Request) {
  const secure = new URL(request.url).protocol === "https:" || process.env.COOKIE_SECURE === "1";
  return { name: SESSION_COOKIE, value: token, httpOnly: true, sameSite: "lax" as const, secure, path: "/", maxAge: SESSION_DAYS * 24 * 3600 };
}

/** The request's own origin, as the browser sees it (behind a proxy: X-Forwarded-*). */
function ownOrigin(request: Request): string {
  return originFromHeaders(request.headers, new URL(request.url));
}

/** Refuses cross-site requests: a browser always says where a request comes from. */
export function assertSameOrigin(request: Request): void {
  const origin = request.headers.get("origin");
  if (origin && origin !== ownOrigin(request) && origin !== process.env.PUBLIC_URL) {
    throw new DomainError("cross_site", "Request refused: it does not come from this site.");
  }
  const site = request.headers.get("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") {
    throw new DomainError("cross_site", "Request refused: it does not come from this site.");
  }
}

/** The guard of every write: an editor session, a same-origin request, and the session's CSRF token. */
export async function requireEditor(request: Request, submittedToken: string | null): Promise<CurrentSession> {
  const session = await getSession();
  if (!session) throw new DomainError("unauthenticated", "Sign in with an editor account.");
  assertSameOrigin(request);
  const token = submittedToken ?? request.headers.get("x-csrf-token");
  if (!token || !sameToken(token, session.csrfToken)) {
    throw new DomainError("csrf", "Missing or invalid anti-forgery token: reload the page.");
  }
  return session;
}
