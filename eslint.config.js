// @ts-check
import tseslint from "typescript-eslint";

// Imports flow one way: app → lib/<domain> → lib/<core>. The core is pure TypeScript.
const CORE = ["lib/legal-text/**", "lib/diff/**", "lib/anchoring/**", "lib/phrases/**", "lib/routes/**"];
const coreMessage =
  "lib/legal-text, lib/diff, lib/anchoring, lib/phrases and lib/routes are pure: plain data in, plain data out. " +
  "Database access belongs in lib/<domain>/data.ts or mutations.ts; Next.js code belongs in app/.";

export default tseslint.config(
  { ignores: ["node_modules/**", ".next/**", "lib/generated/**", "test-results/**", "playwright-report/**", ".data/**", "next-env.d.ts"] },
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/ban-ts-comment": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: CORE,
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["next", "next/*", "react", "react-dom"], message: coreMessage },
            { group: ["@prisma/*", "prisma", "**/generated/**", "**/db", "../db", "@/lib/db"], message: coreMessage },
            // At any depth: lib/diff has stage folders (lib/diff/align/… reaches lib/texts as ../../texts).
            { group: ["**/texts/*", "**/import/*", "**/app/*", "**/http/*"], message: coreMessage },
          ],
        },
      ],
    },
  },
  {
    files: ["app/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@prisma/*", "**/generated/**", "@/lib/db", "@/lib/*/data", "@/lib/*/mutations"],
              allowTypeImports: true,
              message: "Pages and routes call loaders (lib/<domain>/loaders.ts) or actions, never Prisma, lib/db.ts or data.ts directly.",
            },
          ],
        },
      ],
    },
  },
  {
    // Domain code throws DomainError (lib/errors.ts); only lib/http and app/ speak HTTP statuses.
    files: ["lib/**"],
    ignores: [...CORE, "lib/http/**", "lib/generated/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/http/errors", "@/lib/http/errors"],
              message: "lib/<domain> throws DomainError from lib/errors.ts; lib/http/errors.ts alone maps it to an HTTP status.",
            },
          ],
        },
      ],
    },
  },
);
