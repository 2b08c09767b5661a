import { databaseMode } from "@/lib/db";
import { withErrors } from "@/lib/http/errors";
import { countVersions } from "@/lib/texts/data";

export const dynamic = "force-dynamic";

export const GET = withErrors(async () => {
  const versions = await countVersions();
  return Response.json({ status: "ok", database: databaseMode(), versions });
});
