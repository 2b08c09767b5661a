import { databaseMode } from "@/lib/system/loaders";
import { otherMethods, withErrors } from "@/lib/http/errors";
import { loadHealth } from "@/lib/texts/loaders";

export const dynamic = "force-dynamic";

export const GET = withErrors(async () => {
  return Response.json({ status: "ok", database: databaseMode(), ...(await loadHealth()) });
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods("GET");
