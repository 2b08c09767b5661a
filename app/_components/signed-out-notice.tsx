import { interfaceOf } from "@/lib/i18n/server";
import { knownFormError } from "./form-errors";
import { addressOf } from "@/lib/routes/addresses";

/**
 * Where an editor's form stands on a page, what a failed write says to someone no longer signed in
 * (a session that expired while the form was open): the form is not shown to readers, so without
 * this the page came back with nothing said at all. Only a code of form-errors.ts's fixed list is
 * said (never words from the address, and nothing for a code a write never sends).
 */
const SIGNED_OUT = new Set(["unauthenticated", "csrf", "cross_site"]);

export async function SignedOutNotice({ sectionId, headingId, heading, error, back }: { sectionId?: string; headingId: string; heading: string; error: string | undefined; back: string }) {
  // Only what can happen to someone signed out: a link cannot show readers other messages.
  const { t } = await interfaceOf();
  const message = error !== undefined && SIGNED_OUT.has(error) ? knownFormError(error, t) : undefined;
  if (message === undefined) return null;
  return (
    <section id={sectionId} aria-labelledby={headingId} className="card no-print">
      <h2 id={headingId}>{heading}</h2>
      <p role="alert" className="status-banner excerpt">{message}</p>
      <p>
        {t.rich("signedOut.login", { link: (chunks) => <a href={addressOf({ kind: "login", next: back })}>{chunks}</a> })}
      </p>
    </section>
  );
}
