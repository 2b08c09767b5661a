// A file the API serves in another format than JSON (Akoma Ntoso, Markdown, CSV): its content type
// and the name a browser saves it under. Slugs are lowercase letters, digits and dashes, so the
// name needs no encoding; anything else is replaced rather than quoted.
export function fileResponse(body: string, contentType: string, filename: string): Response {
  const safe = filename.replace(/[^A-Za-z0-9._-]/g, "_");
  return new Response(body, { headers: { "Content-Type": contentType, "Content-Disposition": `inline; filename="${safe}"` } });
}
