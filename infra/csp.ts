// The Content-Security-Policy CloudFront sends with the widget and the console, built in one
// place so the browser test (test/browser/csp.browser.ts) runs the pages under the very
// policy that is deployed.

export interface CspSources {
  /** Origins the pages call besides their own (the API, Cognito): `connect-src`. */
  readonly connectSources: readonly string[];
  /** Inline scripts the pages may run, as `'sha256-…'` sources. */
  readonly scriptHashes: readonly string[];
}

export function contentSecurityPolicy(sources: CspSources): string {
  return [
    "default-src 'self'",
    ["connect-src 'self'", ...sources.connectSources].join(' '),
    // Web Chat shows data: images (avatars, attachments) and the launcher none from elsewhere.
    "img-src 'self' data: blob:",
    // Web Chat (emotion) styles itself with <style> elements it injects at run time, and the
    // demo page carries one inline <style>: only 'unsafe-inline' lets both through.
    "style-src 'self' 'unsafe-inline'",
    ["script-src 'self'", ...sources.scriptHashes].join(' '),
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}
