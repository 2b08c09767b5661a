// The import form's second step: the previewed text, with the editor's pairing corrections,
// written as a new version (or as the other-language expression of one) in one transaction.
import { commitImport } from "@/lib/import/admin";
import { requireEditor } from "@/lib/auth/session";
import { otherMethods } from "@/lib/http/errors";
import { formFailure, readFields, seeOther, type Fields } from "@/lib/http/forms";
import { addressOf } from "@/lib/routes/addresses";

export async function POST(request: Request): Promise<Response> {
  let fields: Fields = {};
  try {
    fields = await readFields(request);
    const session = await requireEditor(request, fields.csrf ?? null);
    const draft = fields.draft ?? "";
    const outcome = await commitImport(session.id, draft, fields);
    if ("refused" in outcome) return seeOther(addressOf({ kind: "admin-import", draft, anchor: "refus" }));
    return seeOther(addressOf({ kind: "version", text: outcome.text, version: outcome.version }));
  } catch (error) {
    const draft = fields.draft && /^[A-Za-z0-9_-]{16,64}$/u.test(fields.draft) ? fields.draft : undefined;
    return formFailure(request, error, addressOf({ kind: "admin-import", draft }));
  }
}

export const { GET, PUT, PATCH, DELETE, OPTIONS } = otherMethods("POST");
