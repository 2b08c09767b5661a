// The login throttle's policy: which counts refuse an attempt, and for how long. Pure module (the
// counting and the reservation are in mutations.ts, in one locked transaction).
//
// Three budgets, so that guessing stays slow without letting a stranger shut an editor out:
// - one address on one account: a few failures, then that pair waits out the window;
// - one address over all accounts: a wider limit, against one client trying many accounts;
// - one account from every address: a budget, then growing delays. Addresses the account has
//   signed in from lately are exempt from this one, so an attack spread over many addresses slows
//   the guessing down without keeping the editor out from where they usually sign in.

/** Failed (or still being checked) logins counted over this sliding window. */
export const FAILURE_WINDOW_MS = 15 * 60 * 1000;
/** Failures allowed for one account from one client address in the window. */
export const MAX_FAILURES_PER_PAIR = 5;
/** Failures allowed from one client address, over all accounts, in the window. */
export const MAX_FAILURES_PER_CLIENT = 20;
/** Failures on one account, from every address, before each further one waits. */
export const ACCOUNT_BUDGET = 10;
/** The wait after the budget's last failure; it doubles with each failure after that. */
export const FIRST_DELAY_MS = 1000;
export const MAX_DELAY_MS = FAILURE_WINDOW_MS;
/** An address the account signed in from within this span is trusted for that account. */
export const TRUSTED_FOR_MS = 30 * 24 * 3600 * 1000;

export interface AttemptKeys {
  account: string;
  client: string;
  pair: string;
}

/** The keys one attempt counts under. The address is the one this server vouches for
 * (lib/http/client-address.ts); the e-mail address is compared as accounts are stored. */
export function attemptKeys(email: string, address: string): AttemptKeys {
  // An e-mail address is at most 254 characters: a longer one names no account, and is not stored whole.
  const account = email.trim().toLowerCase().slice(0, 320);
  return { account: `account:${account}`, client: `client:${address}`, pair: `pair:${address}|${account}` };
}

export interface ThrottleCounts {
  /** Failures (reservations included) in the window, per key. */
  pair: number;
  client: number;
  account: number;
  /** When the account's latest failure in the window was reserved. */
  lastAccountFailure: Date | null;
  /** The address signed in to this account lately. */
  trusted: boolean;
}

export type Verdict = { ok: true } | { ok: false; retryAfterMs: number; message: string };

/** The wait before the account's next attempt after `failures` failures, from an address it does
 * not trust. */
export function accountDelayMs(failures: number): number {
  if (failures < ACCOUNT_BUDGET) return 0;
  return Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** Math.min(failures - ACCOUNT_BUDGET, 30));
}

function inFrench(ms: number): string {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  if (seconds < 60) return `${seconds} seconde${seconds > 1 ? "s" : ""}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes > 1 ? "s" : ""}`;
}

/** Whether an attempt may check a password now, given the counts before it. */
export function verdict(counts: ThrottleCounts, now: Date): Verdict {
  if (counts.pair >= MAX_FAILURES_PER_PAIR || counts.client >= MAX_FAILURES_PER_CLIENT) {
    return { ok: false, retryAfterMs: FAILURE_WINDOW_MS, message: `Trop de tentatives depuis cette adresse : réessayez dans ${inFrench(FAILURE_WINDOW_MS)}.` };
  }
  if (counts.trusted || counts.lastAccountFailure === null) return { ok: true };
  const wait = counts.lastAccountFailure.getTime() + accountDelayMs(counts.account) - now.getTime();
  if (wait <= 0) return { ok: true };
  return {
    ok: false,
    retryAfterMs: wait,
    message: `Trop de tentatives sur ce compte : réessayez dans ${inFrench(wait)}, ou depuis le réseau d’où vous vous connectez d’habitude.`,
  };
}
