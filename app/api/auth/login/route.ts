import { cookies } from "next/headers";
import { assertSameOrigin, login, sessionCookie } from "@/lib/auth/session";
import { codeOf, jsonError, otherMethods } from "@/lib/http/errors";
import { formFailure, readFields, safeNext, seeOther, wantsJson } from "@/lib/http/forms";
import { addressOf } from "@/lib/routes/addresses";

export async function POST(request: Request) {
  const json = wantsJson(request);
  let next = "/";
  try {
    const fields = await readFields(request);
    next = safeNext(fields.next);
    assertSameOrigin(request);
    const token = await login(request, fields.email ?? "", fields.password ?? "");
    (await cookies()).set(sessionCookie(token, request));
    return json ? Response.json({ ok: true }) : seeOther(next);
  } catch (error) {
    const code = codeOf(error);
    if (json || code === null) return jsonError(error);
    // The login page cannot be shown either: the 503 page says why (the password is not kept).
    if (code === "unavailable") return formFailure(request, error, addressOf({ kind: "login", next }));
    return seeOther(addressOf({ kind: "login", error: code, next }));
  }
}

export const { GET, PUT, PATCH, DELETE, OPTIONS } = otherMethods("POST");
