// Any /api address that names no endpoint: a JSON 404 like the API's other errors, not the
// HTML not-found page (a script reading the API gets an error it can parse).
import { jsonError, notFound } from "@/lib/http/errors";

const missing = async () => jsonError(notFound("API endpoint"));

export { missing as GET, missing as POST, missing as PUT, missing as PATCH, missing as DELETE };
