import { cookies } from "next/headers";
import { logout, requireEditor, SESSION_COOKIE } from "@/lib/auth/session";
import { otherMethods } from "@/lib/http/errors";
import { formFailure, readFields, seeOther, wantsJson } from "@/lib/http/forms";
import { addressOf } from "@/lib/routes/addresses";

export async function POST(request: Request) {
  try {
    const fields = await readFields(request);
    await requireEditor(request, fields.csrf ?? null);
  } catch (error) {
    // From a stale tab: the session is already gone, or the form expired; the login page says which.
    return formFailure(request, error, addressOf({ kind: "login" }));
  }
  await logout();
  (await cookies()).delete(SESSION_COOKIE);
  return wantsJson(request) ? Response.json({ ok: true }) : seeOther("/");
}

export const { GET, PUT, PATCH, DELETE, OPTIONS } = otherMethods("POST");
