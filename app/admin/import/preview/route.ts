// The import form's first step: the text (a file or pasted words) and its metadata, kept for the
// editor's session, then the preview's address. Nothing is imported here.
import { bytesOfDraft, keepImport, sentImportOf } from "@/lib/import/admin";
import { IMPORT_BODY_MAX_BYTES } from "@/lib/import/form";
import { requireEditor } from "@/lib/auth/session";
import { DomainError } from "@/lib/errors";
import { readBodyBytes } from "@/lib/http/body";
import { codeOf, jsonError, otherMethods } from "@/lib/http/errors";
import { formFailure, seeOther, wantsJson } from "@/lib/http/forms";
import { interfaceOf } from "@/lib/i18n/server";
import { addressOf } from "@/lib/routes/addresses";

export async function POST(request: Request): Promise<Response> {
  const back = addressOf({ kind: "admin-import" });
  try {
    const body = await readBodyBytes(request, IMPORT_BODY_MAX_BYTES);
    const type = request.headers.get("content-type") ?? "";
    const form = await new Response(body, { headers: type ? { "content-type": type } : {} }).formData().catch(() => null);
    const csrf = form?.get("csrf");
    // The session first, whatever the body: a stranger learns nothing from how it was read.
    const session = await requireEditor(request, typeof csrf === "string" ? csrf : null);
    if (!form) {
      const unreadable = new DomainError("invalid", "expected a form (multipart/form-data) with a file or a pasted text");
      return wantsJson(request) ? jsonError(unreadable) : seeOther(addressOf({ kind: "admin-import", error: "import_unreadable" }));
    }
    let sent = await sentImportOf(form, (await interfaceOf()).language);
    // « Keep the file already sent »: the metadata corrected, the bytes those of the previous draft.
    if (sent.pasted && sent.bytes.length === 0 && sent.fields.from) sent = (await bytesOfDraft(session.id, sent.fields.from, sent)) ?? sent;
    const id = await keepImport(session.id, sent);
    return seeOther(addressOf({ kind: "admin-import", draft: id, anchor: "apercu" }));
  } catch (error) {
    if (codeOf(error) === "payload_too_large" && !wantsJson(request)) return seeOther(addressOf({ kind: "admin-import", error: "import_too_large" }));
    return formFailure(request, error, back);
  }
}

export const { GET, PUT, PATCH, DELETE, OPTIONS } = otherMethods("POST");
