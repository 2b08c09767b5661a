import { otherMethods, withErrors } from "@/lib/http/errors";
import { openApiDocument } from "@/lib/openapi/document";

// application/json rather than application/vnd.oai.openapi+json: the registered type is read by
// few clients, where every OpenAPI tool, browser and `fetch().json()` reads application/json, and
// the document's first key (« openapi »: "3.1.0") already says what it is.
export const GET = withErrors(async () => Response.json(openApiDocument()));

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods("GET");
