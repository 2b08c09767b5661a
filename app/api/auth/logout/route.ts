import { cookies } from "next/headers";
import { logout, requireEditor, SESSION_COOKIE } from "@/lib/auth/session";
import { otherMethods, withErrors } from "@/lib/http/errors";
import { readFields, seeOther, wantsJson } from "@/lib/http/forms";

export const POST = withErrors(async (request: Request) => {
  const fields = await readFields(request);
  await requireEditor(request, fields.csrf ?? null);
  await logout();
  (await cookies()).delete(SESSION_COOKIE);
  return wantsJson(request) ? Response.json({ ok: true }) : seeOther("/");
});

export const { GET, PUT, PATCH, DELETE, OPTIONS } = otherMethods("POST");
