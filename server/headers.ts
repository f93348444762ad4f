// The headers every answer of the console's origin carries (deploy/nginx.conf sends the same ones).

/**
 * The built console loads only its own scripts (no inline script, no eval); MUI and Emotion add <style> elements at
 * run time, hence 'unsafe-inline' for styles only. frame-ancestors 'none' keeps other sites from framing the
 * sign-in page; X-Frame-Options says the same to browsers that predate it.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** A year, for browsers that reached the console over https; only sent when told so (BEHIND_HTTPS=1). */
const HSTS = 'max-age=31536000';

export function securityHeaders(hsts: boolean): Readonly<Record<string, string>> {
  return {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    ...(hsts ? { 'Strict-Transport-Security': HSTS } : {}),
  };
}

/** Lower-case names of the above, so a proxied answer cannot replace them. */
export const SECURITY_HEADER_NAMES = new Set(
  Object.keys(securityHeaders(true)).map((name) => name.toLowerCase()),
);
