// The small bilingual download page the chat's button opens: it asks the e-mail address and the
// SMTP user name (never a password) and posts them back to get the file. Plain HTML with no
// script, so it works under the strictest CSP and on any phone; customer input is escaped.
import { serviceFacts } from '../knowledge';
import type { Locale } from '../knowledge/ids';
import type { ConfigKind } from './account';
import { introKey, type PageTextKey, pageText } from './page-texts';
import type { ConfigFilesDeps } from './ports';
import { escapeXml as escapeHtml } from './xml';

export const PAGE_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

export interface PageInput {
  kind: ConfigKind;
  locale: Locale;
  deps: ConfigFilesDeps;
  /** Values to show again after a refused submission. */
  values?: { email?: string; username?: string };
  problem?: PageTextKey;
}

export function configPagePath(kind: ConfigKind): string {
  return `/config/${kind}`;
}

export function renderConfigPage({ kind, locale, deps, values = {}, problem }: PageInput): string {
  const t = (key: PageTextKey, vars?: Record<string, string | number>) =>
    escapeHtml(pageText(locale, key, vars));
  const other: Locale = locale === 'it' ? 'en' : 'it';
  const notes: string[] = [];
  if (kind === 'apple') {
    notes.push(deps.signer ? t('signed', { signer: deps.signer.signerName }) : t('unsigned'));
    if (deps.ca) notes.push(t('trust'));
    if (deps.ca?.demo) notes.push(t('demoCa', { ca: deps.ca.certificate.commonName }));
  }
  const error = problem
    ? `<p class="error" role="alert">${t('invalid', { problem: pageText(locale, problem) })}</p>`
    : '';
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t('title')}</title>
<style>
body{font:16px/1.5 system-ui,sans-serif;max-width:34rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
label{display:block;font-weight:600;margin-top:1rem}input{font:inherit;width:100%;padding:.5rem;box-sizing:border-box}
button{font:inherit;margin-top:1.25rem;padding:.6rem 1.2rem;background:#0b5394;color:#fff;border:0;border-radius:4px}
.hint,.note{color:#444;font-size:.9rem}.error{color:#a40000;font-weight:600}
</style>
</head>
<body>
<main>
<h1>${t('title')}</h1>
<p>${t(introKey(kind), { host: serviceFacts.outgoingHost, port: serviceFacts.submissionPort })}</p>
${error}
<form method="post" action="${configPagePath(kind)}/download">
<input type="hidden" name="lang" value="${locale}">
<label for="email">${t('email')}</label>
<input id="email" name="email" type="email" autocomplete="email" required maxlength="254" value="${escapeHtml(values.email ?? '')}">
<label for="username">${t('username')}</label>
<input id="username" name="username" autocomplete="username" autocapitalize="none" required maxlength="64" value="${escapeHtml(values.username ?? '')}">
<p class="hint">${t('usernameHint')}</p>
<p class="note">${t('noPassword')}</p>
${notes.map((note) => `<p class="note">${note}</p>`).join('\n')}
<button type="submit">${t('download')}</button>
</form>
<p><a href="${configPagePath(kind)}?lang=${other}" lang="${other}">${t('otherLanguage')}</a></p>
</main>
</body>
</html>
`;
}
