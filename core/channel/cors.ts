// CORS for the widget on Halnet's pages: only configured origins, with the headers
// DirectLineJS sends (Authorization, x-ms-bot-agent, and rxjs' X-Requested-With) and
// Retry-After readable by the page.
export const ALLOWED_REQUEST_HEADERS = 'Authorization, Content-Type, x-ms-bot-agent, X-Requested-With';

export function corsHeaders(
  origin: string | undefined,
  allowedOrigins: readonly string[],
): Record<string, string> {
  if (!origin || !allowedOrigins.includes(origin)) return {};
  return {
    'access-control-allow-origin': origin,
    'access-control-expose-headers': 'Retry-After',
    vary: 'Origin',
  };
}

export function preflightHeaders(
  origin: string | undefined,
  allowedOrigins: readonly string[],
): Record<string, string> {
  const headers = corsHeaders(origin, allowedOrigins);
  if (!headers['access-control-allow-origin']) return { vary: 'Origin' };
  return {
    ...headers,
    'access-control-allow-methods': 'GET, POST, OPTIONS',
    'access-control-allow-headers': ALLOWED_REQUEST_HEADERS,
    'access-control-max-age': '600',
  };
}
