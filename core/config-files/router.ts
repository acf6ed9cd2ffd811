// The configuration files' HTTP surface, the same locally and on AWS: the download page and its
// form (`/config/{apple|thunderbird|outlook}`), Thunderbird's autoconfig paths and Outlook's
// Autodiscover. Every input is parsed with zod; failures are the documented
// `{"error":{"code","message"}}` (the form page shows them in its own language instead).
import * as z from 'zod';
import type { ChannelRequest } from '../channel/http';
import { httpStatusFor, isPostinoError, PostinoError } from '../errors';
import { localeSchema } from '../knowledge/ids';
import { autoconfigQuerySchema, type ConfigKind, configKindSchema, downloadFormSchema } from './account';
import { AUTOCONFIG_CONTENT_TYPE, AUTOCONFIG_PATHS, buildAutoconfig } from './autoconfig';
import {
  AUTODISCOVER_CONTENT_TYPE,
  AUTODISCOVER_PATH,
  buildAutodiscoverResponse,
  parseAutodiscoverRequest,
} from './autodiscover';
import { buildMobileConfig, MOBILECONFIG_CONTENT_TYPE } from './mobileconfig';
import { PAGE_CSP, renderConfigPage } from './page';
import type { PageTextKey } from './page-texts';
import type { ConfigFilesDeps } from './ports';

export const CONFIG_FORM_MAX_BYTES = 4 * 1024;
const PAGE_ROUTE = /^\/config\/([a-z]+)(\/download)?\/?$/;

export interface ConfigResponse {
  status: number;
  headers: Record<string, string>;
  /** Text, or bytes for a signed profile. */
  body: string | Uint8Array;
}

/** True for the paths this router answers (the local server's dispatch asks). */
export function isConfigFilesPath(path: string): boolean {
  const lower = path.toLowerCase();
  return (
    path.startsWith('/config/') ||
    (AUTOCONFIG_PATHS as readonly string[]).includes(path) ||
    lower === AUTODISCOVER_PATH
  );
}

export async function handleConfigFiles(
  request: ChannelRequest,
  deps: ConfigFilesDeps,
): Promise<ConfigResponse> {
  try {
    return await dispatch(request, deps);
  } catch (error) {
    const failure = isPostinoError(error) ? error : new PostinoError('Internal', 'unexpected failure');
    return {
      status: httpStatusFor(failure.code),
      headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
      body: JSON.stringify({ error: { code: failure.code, message: failure.message } }),
    };
  }
}

async function dispatch(request: ChannelRequest, deps: ConfigFilesDeps): Promise<ConfigResponse> {
  const { path, method } = request;
  if ((AUTOCONFIG_PATHS as readonly string[]).includes(path)) {
    allow(method, 'GET');
    const query = parse(autoconfigQuerySchema, request.query, 'query');
    return file(buildAutoconfig({ email: query.emailaddress }), AUTOCONFIG_CONTENT_TYPE);
  }
  if (path.toLowerCase() === AUTODISCOVER_PATH) {
    allow(method, 'POST');
    return file(buildAutodiscoverResponse(parseAutodiscoverRequest(request.body)), AUTODISCOVER_CONTENT_TYPE);
  }
  const match = PAGE_ROUTE.exec(path);
  const kind = configKindSchema.safeParse(match?.[1]);
  if (!match || !kind.success) throw new PostinoError('NotFound', 'no such configuration file');
  if (match[2] === undefined) {
    allow(method, 'GET');
    const locale = localeSchema.catch('it').parse(request.query.lang);
    return page(200, renderConfigPage({ kind: kind.data, locale, deps }));
  }
  allow(method, 'POST');
  return download(kind.data, request, deps);
}

async function download(
  kind: ConfigKind,
  request: ChannelRequest,
  deps: ConfigFilesDeps,
): Promise<ConfigResponse> {
  const body = request.body ?? '';
  if (Buffer.byteLength(body, 'utf8') > CONFIG_FORM_MAX_BYTES) {
    throw new PostinoError('PayloadTooLarge', `form over ${CONFIG_FORM_MAX_BYTES} bytes`);
  }
  const fields = Object.fromEntries(new URLSearchParams(body));
  const parsed = downloadFormSchema.safeParse(fields);
  if (!parsed.success) {
    const locale = localeSchema.catch('it').parse(fields.lang);
    const values = {
      email: fields.email?.slice(0, 254) ?? '',
      username: fields.username?.slice(0, 64) ?? '',
    };
    return page(400, renderConfigPage({ kind, locale, deps, values, problem: problemOf(parsed.error) }));
  }
  const { account, lang } = parsed.data;
  if (kind === 'thunderbird') {
    return file(buildAutoconfig(account), AUTOCONFIG_CONTENT_TYPE, 'config-v1.1.xml');
  }
  if (kind === 'outlook') {
    return file(
      buildAutodiscoverResponse(account.email, account.username),
      AUTODISCOVER_CONTENT_TYPE,
      'autodiscover.xml',
    );
  }
  const profile = buildMobileConfig({ account, locale: lang, ca: deps.ca?.certificate ?? null });
  const bytes = deps.signer ? await deps.signer.sign(Buffer.from(profile, 'utf8')) : profile;
  return file(bytes, MOBILECONFIG_CONTENT_TYPE, 'halnet-posta.mobileconfig');
}

function problemOf(error: z.ZodError): PageTextKey {
  const paths = error.issues.map((issue) => issue.path.join('.'));
  if (error.issues.some((issue) => issue.message.includes('password'))) return 'problem.password';
  if (paths.some((path) => path.endsWith('email'))) return 'problem.email';
  return 'problem.username';
}

function allow(method: string, expected: 'GET' | 'POST'): void {
  if (method !== expected) throw new PostinoError('NotSupported', `${expected} only`);
}

function parse<T extends z.ZodType>(schema: T, value: unknown, what: string): z.infer<T> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new PostinoError('BadArgument', `${what}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

function file(body: string | Uint8Array, contentType: string, attachment?: string): ConfigResponse {
  return {
    status: 200,
    headers: {
      'content-type': contentType,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      ...(attachment ? { 'content-disposition': `attachment; filename="${attachment}"` } : {}),
    },
    body,
  };
}

function page(status: number, html: string): ConfigResponse {
  return {
    status,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'content-security-policy': PAGE_CSP,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
    },
    body: html,
  };
}
