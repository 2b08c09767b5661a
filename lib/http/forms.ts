// Reading request bodies the same way whether they come from a plain HTML form or from fetch().
export type Fields = Record<string, string>;

export function wantsJson(request: Request): boolean {
  return (request.headers.get("content-type") ?? "").includes("application/json");
}

export async function readFields(request: Request): Promise<Fields> {
  if (wantsJson(request)) {
    const body: unknown = await request.json().catch(() => null);
    if (!body || typeof body !== "object") return {};
    return Object.fromEntries(Object.entries(body).map(([k, v]) => [k, typeof v === "string" ? v : JSON.stringify(v)]));
  }
  const form = await request.formData().catch(() => null);
  if (!form) return {};
  const fields: Fields = {};
  for (const [k, v] of form.entries()) if (typeof v === "string") fields[k] = v;
  return fields;
}

/** Only same-site paths: never redirect a form to another origin. */
export function safeNext(value: string | undefined, fallback = "/"): string {
  return value && value.startsWith("/") && !value.startsWith("//") ? value : fallback;
}

export function seeOther(location: string): Response {
  return new Response(null, { status: 303, headers: { Location: location } });
}
