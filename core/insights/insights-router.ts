// The agent API's routes for the analytics view and the review list (same sign-in as the rest
// of the agent API; functions/agent/app.ts sends these paths here):
//   GET  /agent/api/analytics?from=yyyy-mm-dd&to=yyyy-mm-dd      the period's figures
//   GET  /agent/api/analytics/csv?from=…&to=…                     the same, one CSV row per day
//   GET  /agent/api/review?days=7                                 missed messages, top phrasings
//   POST /agent/api/review/label  {day, id, label}                mark what it should have been
//   GET  /agent/api/review/export?days=30                         labelled ones as corpus entries
// Inputs are parsed with zod; errors have the agent API's shape `{ error: { code, message } }`.
import * as z from 'zod';
import type { ChannelRequest, ChannelResponse } from '../channel/http';
import { jsonResponse } from '../channel/http';
import { httpStatusFor, isPostinoError, PostinoError } from '../errors';
import { AGENT_API_PREFIX } from '../handoff/agent-api';
import { agentFromClaims } from '../handoff/agent-identity';
import type { DailyStats } from '../handoff/ports';
import type { Clock } from '../ports/clock';
import { buildReport, daysOf, periodQuerySchema, reportCsv } from './analytics-report';
import type { AnalyticsStore } from './ports';
import type { ReviewStore } from './review-entry';
import { dayStringSchema, reviewLabelSchema } from './review-entry';
import { ReviewService } from './review-service';

const MAX_BODY = 4 * 1024;
const INSIGHT_PATHS = ['/analytics', '/analytics/csv', '/review', '/review/label', '/review/export'];

const daysQuery = (max: number, fallback: number) =>
  z.object({ days: z.coerce.number().int().min(1).max(max).default(fallback) });
const labelRequestSchema = z
  .object({ day: dayStringSchema, id: z.string().min(1).max(64), label: reviewLabelSchema })
  .strict();

export function isInsightsPath(path: string): boolean {
  return INSIGHT_PATHS.some((route) => path === `${AGENT_API_PREFIX}${route}`);
}

export class InsightsRouter {
  private readonly review: ReviewService;

  constructor(
    private readonly deps: {
      stats: DailyStats;
      analytics: AnalyticsStore;
      reviews: ReviewStore;
      clock: Clock;
    },
  ) {
    this.review = new ReviewService({ store: deps.reviews, clock: deps.clock });
  }

  async handle(request: ChannelRequest, claims: unknown): Promise<ChannelResponse> {
    try {
      const agent = agentFromClaims(claims);
      const route = `${request.method} ${request.path.slice(AGENT_API_PREFIX.length)}`;
      switch (route) {
        case 'GET /analytics':
          return noStore(jsonResponse(200, await this.report(request)));
        case 'GET /analytics/csv': {
          const report = await this.report(request);
          return {
            status: 200,
            headers: {
              'content-type': 'text/csv; charset=utf-8',
              'content-disposition': `attachment; filename="postino-${report.from}-${report.to}.csv"`,
              'cache-control': 'no-store',
            },
            body: reportCsv(report),
          };
        }
        case 'GET /review':
          return noStore(
            jsonResponse(200, await this.review.week(parse(daysQuery(31, 7), request.query).days)),
          );
        case 'POST /review/label': {
          const input = parse(labelRequestSchema, json(request));
          const item = await this.review.label({ day: input.day, id: input.id }, input.label, agent.name);
          return noStore(jsonResponse(200, { item }));
        }
        case 'GET /review/export':
          return noStore(
            jsonResponse(200, await this.review.export(parse(daysQuery(90, 30), request.query).days)),
          );
        default:
          throw new PostinoError('NotFound', 'No such agent API route');
      }
    } catch (error) {
      if (!isPostinoError(error)) return failure(500, 'Internal', 'Internal error');
      const status = httpStatusFor(error.code);
      return failure(status, error.code, status >= 500 ? 'Service unavailable' : error.message);
    }
  }

  private async report(request: ChannelRequest) {
    const period = parse(periodQuerySchema, request.query);
    const days = daysOf(period);
    const stats = new Map();
    // The console's counters are read 100 days per call (BatchGetItem's limit).
    for (let i = 0; i < days.length; i += 100) {
      for (const [day, counts] of await this.deps.stats.read(days.slice(i, i + 100))) stats.set(day, counts);
    }
    return buildReport(period, stats, await this.deps.analytics.read(days));
  }
}

function parse<T extends z.ZodType>(schema: T, value: unknown): z.output<T> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
    throw new PostinoError('BadArgument', `invalid input${where}: ${issue?.message ?? 'malformed'}`);
  }
  return parsed.data;
}

function json(request: ChannelRequest): unknown {
  const raw = request.body ?? '';
  if (Buffer.byteLength(raw) > MAX_BODY) throw new PostinoError('PayloadTooLarge', 'Body too large');
  try {
    return JSON.parse(raw === '' ? '{}' : raw);
  } catch {
    throw new PostinoError('BadArgument', 'malformed JSON body');
  }
}

function failure(status: number, code: string, message: string): ChannelResponse {
  return noStore(jsonResponse(status, { error: { code, message } }));
}

function noStore(response: ChannelResponse): ChannelResponse {
  response.headers['cache-control'] = 'no-store';
  return response;
}
