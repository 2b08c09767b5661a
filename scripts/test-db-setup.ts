// Vitest globalSetup for the integration project: one fresh database per run, dropped at the end.
import type { TestProject } from "vitest/node";
import { createTestDatabase, dropTestDatabase } from "./test-db";

export default async function setup(project: TestProject) {
  const { name, url } = await createTestDatabase("palimpseste_it");
  project.provide("databaseUrl", url);
  return async () => {
    await dropTestDatabase(name);
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}
