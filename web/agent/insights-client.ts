// The console's calls to the analytics and review routes of the agent API (same bearer token
// as the rest of the console). Errors come back as AgentApiError-like messages.
import type { AnalyticsReport } from '../../core/insights/analytics-report';
import type { ReviewEntry, ReviewLabel } from '../../core/insights/review-entry';
import type { CorpusExportEntry, TopPhrasing } from '../../core/insights/review-service';

export class InsightsApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export interface InsightsClient {
  analytics(from: string, to: string): Promise<AnalyticsReport>;
  analyticsCsv(from: string, to: string): Promise<string>;
  review(): Promise<{ items: ReviewEntry[]; top: TopPhrasing[] }>;
  label(day: string, id: string, label: ReviewLabel): Promise<{ item: ReviewEntry }>;
  exportCorpus(): Promise<CorpusExportEntry[]>;
}

export function createInsightsClient(options: { apiUrl: string; token: () => string }): InsightsClient {
  const request = async (
    method: 'GET' | 'POST',
    path: string,
    query: Record<string, string> = {},
    body?: unknown,
  ) => {
    const url = new URL(`${options.apiUrl}/agent/api${path}`);
    for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);
    const response = await fetch(url, {
      method,
      headers: {
        authorization: `Bearer ${options.token()}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (!response.ok) {
      const error = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
      throw new InsightsApiError(response.status, error?.error?.message ?? `HTTP ${response.status}`);
    }
    return response;
  };
  return {
    analytics: async (from, to) => (await request('GET', '/analytics', { from, to })).json(),
    analyticsCsv: async (from, to) => (await request('GET', '/analytics/csv', { from, to })).text(),
    review: async () => (await request('GET', '/review', { days: '7' })).json(),
    label: async (day, id, label) => (await request('POST', '/review/label', {}, { day, id, label })).json(),
    exportCorpus: async () => (await request('GET', '/review/export', { days: '30' })).json(),
  };
}

/** Hands a text to the browser as a file download (no server round trip). */
export function download(name: string, type: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}
