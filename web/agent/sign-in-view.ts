// The sign-in page. Locally (no agentAuth in config.json) the username and password go to
// the local server's /agent/api/local-signin; on AWS to Cognito, including the first
// sign-in's new password and an authenticator app's code. Errors are announced (role=alert).
import type { SiteConfig } from '../shared/site-config';
import { AgentApiError, createAgentClient, localSignIn } from './agent-client';
import type { AgentSession } from './agent-session';
import {
  CognitoError,
  type CognitoStep,
  cognitoMfa,
  cognitoNewPassword,
  cognitoSignIn,
} from './cognito-auth';
import { type ConsoleTexts, fill } from './console-texts';
import { el, replaceChildren } from './dom';

export interface SignInViewOptions {
  config: SiteConfig;
  texts: ConsoleTexts;
  /** A notice to show above the form (e.g. "session expired"). */
  notice?: string | null;
  languageSwitch: HTMLElement;
  onSignedIn(session: AgentSession): void;
}

type Field = { name: string; label: string; type: string; autocomplete: string };

export function renderSignIn(root: HTMLElement, options: SignInViewOptions): void {
  const { config, texts } = options;
  const cognito = config.agentAuth;
  const error = el('p', { class: 'pc-form-error', attrs: { role: 'alert', id: 'pc-signin-error' } });
  const card = el('section', { class: 'pc-signin-card', attrs: { 'aria-labelledby': 'pc-signin-title' } });
  root.replaceChildren(
    el(
      'main',
      { class: 'pc-signin' },
      el(
        'div',
        { class: 'pc-signin-brand' },
        el('span', { class: 'pc-logo', attrs: { 'aria-hidden': 'true' } }),
        el('span', { class: 'pc-brand-name' }, texts.brand),
        el('span', { class: 'pc-brand-sub' }, texts.brandSub),
        options.languageSwitch,
      ),
      card,
    ),
  );

  const showForm = (
    title: string,
    intro: string,
    fields: Field[],
    submit: string,
    run: (values: Record<string, string>) => Promise<void>,
  ) => {
    const inputs = fields.map((field) =>
      el('input', {
        class: 'pc-input',
        attrs: {
          id: `pc-${field.name}`,
          name: field.name,
          type: field.type,
          autocomplete: field.autocomplete,
          required: true,
          'aria-describedby': 'pc-signin-error',
        },
      }),
    );
    const submitButton = el(
      'button',
      { class: 'pc-button pc-primary pc-wide', attrs: { type: 'submit' } },
      submit,
    );
    const form = el(
      'form',
      { class: 'pc-form', attrs: { novalidate: true } },
      ...fields.map((field, index) =>
        el(
          'div',
          { class: 'pc-field' },
          el('label', { attrs: { for: `pc-${field.name}` } }, field.label),
          inputs[index],
        ),
      ),
      error,
      submitButton,
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const values = Object.fromEntries(
        fields.map((field, index) => [field.name, inputs[index]?.value ?? '']),
      );
      const empty = inputs.find((input) => input.value.trim() === '');
      if (empty) {
        empty.focus();
        return;
      }
      error.textContent = '';
      submitButton.disabled = true;
      submitButton.textContent = texts.signingIn;
      run(values)
        .catch((failure: unknown) => {
          error.textContent = describe(failure, texts);
          inputs[inputs.length - 1]?.select();
        })
        .finally(() => {
          submitButton.disabled = false;
          submitButton.textContent = submit;
        });
    });
    replaceChildren(
      card,
      el('h1', { class: 'pc-signin-title', attrs: { id: 'pc-signin-title' } }, title),
      el('p', { class: 'pc-muted' }, intro),
      options.notice ? el('p', { class: 'pc-notice', attrs: { role: 'status' } }, options.notice) : null,
      form,
      cognito ? null : el('p', { class: 'pc-hint' }, texts.localHint),
    );
    inputs[0]?.focus();
  };

  const finishCognito = async (step: CognitoStep): Promise<void> => {
    if (step.kind === 'signed-in') {
      const { idToken, expiresAt, refreshToken } = step.tokens;
      // Who the agent is, as the API sees the token (display name, id).
      const me = await createAgentClient({ apiUrl: config.apiUrl, token: () => idToken }).me();
      options.onSignedIn({ token: idToken, expiresAt, refreshToken, agent: me.agent });
    } else if (step.kind === 'new-password') {
      showNewPassword(step);
    } else {
      showForm(
        texts.mfaTitle,
        texts.mfaIntro,
        [{ name: 'code', label: texts.mfaCode, type: 'text', autocomplete: 'one-time-code' }],
        texts.verify,
        async (values) =>
          finishCognito(
            await cognitoMfa(cognito as NonNullable<typeof cognito>, step, values.code?.trim() ?? ''),
          ),
      );
    }
  };

  const showNewPassword = (step: { session: string; username: string }) =>
    showForm(
      texts.newPasswordTitle,
      texts.newPasswordIntro,
      [
        { name: 'new', label: texts.newPassword, type: 'password', autocomplete: 'new-password' },
        { name: 'again', label: texts.confirmPassword, type: 'password', autocomplete: 'new-password' },
      ],
      texts.savePassword,
      async (values) => {
        if (values.new !== values.again) throw new Error(texts.passwordsDiffer);
        await finishCognito(
          await cognitoNewPassword(cognito as NonNullable<typeof cognito>, step, values.new ?? ''),
        );
      },
    );

  showForm(
    texts.signInTitle,
    texts.signInIntro,
    [
      cognito
        ? { name: 'username', label: texts.email, type: 'email', autocomplete: 'username' }
        : { name: 'username', label: texts.username, type: 'text', autocomplete: 'username' },
      { name: 'password', label: texts.password, type: 'password', autocomplete: 'current-password' },
    ],
    texts.signIn,
    async ({ username = '', password = '' }) => {
      if (cognito) {
        await finishCognito(await cognitoSignIn(cognito, username.trim(), password));
        return;
      }
      const answer = await localSignIn(config.apiUrl, { username: username.trim(), password });
      options.onSignedIn({
        token: answer.token,
        expiresAt: Date.parse(answer.expiresAt),
        agent: answer.agent,
      });
    },
  );
}

function describe(failure: unknown, texts: ConsoleTexts): string {
  if (failure instanceof AgentApiError) {
    if (failure.status === 401 || failure.status === 403) return texts.badCredentials;
    if (failure.status === 0 || failure.status >= 500) return texts.signInUnavailable;
    return fill(texts.signInFailed, { reason: failure.message });
  }
  if (failure instanceof CognitoError) {
    if (failure.type === 'NotAuthorizedException' || failure.type === 'UserNotFoundException')
      return texts.badCredentials;
    if (failure.type === 'Unreachable') return texts.signInUnavailable;
    return fill(texts.signInFailed, { reason: failure.message });
  }
  return failure instanceof Error ? failure.message : String(failure);
}
