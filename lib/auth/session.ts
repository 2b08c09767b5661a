// Request-facing authentication: the session cookie, login with throttling, and the guard every
// write goes through (editor session + same-origin request + CSRF token).
import { cookies } from "next/headers";
import { HttpError } from "../http/errors";
import { countFailedLogins, findSession, findUserByEmail } from "./data";
import { createSession, deleteSession, recordLoginAttempt, touchSession } from "./mutations";
import { dummyHash, verifyPassword } from "./password";
import { newToken, sameToken, tokenId } from "./tokens";
import { originFromHeaders } from "../http/origin";

export const SESSION_COOKIE = "palimpseste_session";
const SESSION_DAYS = 14;
/** Failed logins allowed per account, and per client address, in the window below. */
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_CLIENT = 20;
export const FAILURE_WINDOW_MS = 15 * 60 * 1000;

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

function clientKey(request: Request): string {
  const forwarded = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return `client:${forwarded || "unknown"}`;
}

/** Checks the password, throttled per account and per client. Returns the new session's token. */
export async function login(request: Request, email: string, password: string): Promise<string> {
  const keys = [`account:${email.trim().toLowerCase()}`, clientKey(request)];
  const since = new Date(Date.now() - FAILURE_WINDOW_MS);
  const [accountFailures, clientFailures] = await Promise.all([
    countFailedLogins([keys[0] as string], since),
    countFailedLogins([keys[1] as string], since),
  ]);
  if (accountFailures >= MAX_FAILURES_PER_ACCOUNT || clientFailures >= MAX_FAILURES_PER_CLIENT) {
    throw new HttpError(429, "too_many_attempts", "Trop de tentatives : réessayez dans 15 minutes.");
  }
  const user = await findUserByEmail(email);
  const ok = await verifyPassword(password, user?.passwordHash ?? (await dummyHash()));
  await recordLoginAttempt(keys, ok && !!user && !user.disabledAt);
  if (!ok || !user || user.disabledAt) throw new HttpError(401, "bad_credentials", "Wrong e-mail address or password.");
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
    throw new HttpError(403, "cross_site", "Request refused: it does not come from this site.");
  }
  const site = request.headers.get("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") {
    throw new HttpError(403, "cross_site", "Request refused: it does not come from this site.");
  }
}

/** The guard of every write: an editor session, a same-origin request, and the session's CSRF token. */
export async function requireEditor(request: Request, submittedToken: string | null): Promise<CurrentSession> {
  const session = await getSession();
  if (!session) throw new HttpError(401, "unauthenticated", "Sign in with an editor account.");
  assertSameOrigin(request);
  const token = submittedToken ?? request.headers.get("x-csrf-token");
  if (!token || !sameToken(token, session.csrfToken)) {
    throw new HttpError(403, "csrf", "Missing or invalid anti-forgery token: reload the page.");
  }
  return session;
}
