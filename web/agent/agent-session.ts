// The signed-in agent: the bearer token the agent API wants, who the agent is, and the
// console's language. The token lives in sessionStorage (this tab only, gone when it closes)
// so a reload keeps the agent signed in; Cognito's refresh token stays in memory only.
import type { AgentRef } from '../../core/handoff/agent-api';
import { sessionStorageOrNull } from '../shared/session-storage';
import type { ConsoleLocale } from './console-texts';

const SESSION_KEY = 'postino.agent.v1';
const LOCALE_KEY = 'postino.agent.locale';

export interface AgentSession {
  token: string;
  /** Epoch ms. */
  expiresAt: number;
  agent: AgentRef;
  /** Cognito only (memory only, never persisted). */
  refreshToken?: string | null;
}

export function loadSession(now = Date.now()): AgentSession | null {
  const storage = sessionStorageOrNull();
  try {
    const raw = JSON.parse(storage?.getItem(SESSION_KEY) ?? 'null') as Partial<AgentSession> | null;
    if (
      typeof raw?.token !== 'string' ||
      typeof raw.expiresAt !== 'number' ||
      raw.expiresAt <= now + 30_000 ||
      typeof raw.agent?.agentId !== 'string' ||
      typeof raw.agent.name !== 'string'
    ) {
      return null;
    }
    return { token: raw.token, expiresAt: raw.expiresAt, agent: raw.agent };
  } catch {
    return null;
  }
}

export function saveSession(session: AgentSession): void {
  const { refreshToken: _memoryOnly, ...persisted } = session;
  try {
    sessionStorageOrNull()?.setItem(SESSION_KEY, JSON.stringify(persisted));
  } catch {
    // Storage full or blocked: the session still works until the tab reloads.
  }
}

export function clearSession(): void {
  sessionStorageOrNull()?.removeItem(SESSION_KEY);
}

export function loadLocale(): ConsoleLocale {
  try {
    const saved = globalThis.localStorage?.getItem(LOCALE_KEY);
    if (saved === 'it' || saved === 'en') return saved;
  } catch {
    // Storage blocked: fall through to the default.
  }
  return 'it';
}

export function saveLocale(locale: ConsoleLocale): void {
  try {
    globalThis.localStorage?.setItem(LOCALE_KEY, locale);
  } catch {
    // Not remembered then.
  }
}
