// @ts-check
// Security headers for every response; the Content-Security-Policy (with a per-request nonce) is set
// in proxy.ts because it must change on every request.
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
];

/** Every path but the embeds' (see lib/http/framing.ts). */
export const NOT_FRAMEABLE = "/:path((?!embed/).*)";

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Titles, preview-card tags and canonical links in <head> for every client, not only for the
  // bots Next knows: Mastodon, Signal, Bluesky or curl read the head and stop there (Next streams
  // the metadata into <body> for the rest).
  htmlLimitedBots: /.*/,
  reactStrictMode: true,
  // `npm test` type-checks the whole project (tsc --noEmit); the build need not do it twice.
  typescript: { ignoreBuildErrors: true },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // Framed by no site, but for the embeds (/embed/…): lib/http/framing.ts decides which pages
      // may be framed, and its test checks this pattern against it.
      { source: NOT_FRAMEABLE, headers: [{ key: "X-Frame-Options", value: "DENY" }] },
      // The read API is public: a newsroom's page may fetch it from the browser. No credentials
      // travel with a wildcard origin, and every write needs the session cookie and a CSRF token.
      { source: "/api/v1/:path*", headers: [{ key: "Access-Control-Allow-Origin", value: "*" }] },
    ];
  },
};

export default nextConfig;
