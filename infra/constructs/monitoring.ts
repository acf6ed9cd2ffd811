// What ops watch: alarms on function errors, throttles and failed probes, on the HTTP API's
// 5xx, 429 and latency, on DynamoDB throttling, on the chat function's 5xx answers (a
// store outage) and on an outage of Halnet's server (issue 12) (to an SNS topic, optionally
// e-mailed), and a dashboard with those and the
// numbers the support team is judged by: containment (resolved by the bot), handoff rate,
// abandonment and CSAT.
import { Duration } from 'aws-cdk-lib';
import type { IHttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import {
  Alarm,
  ComparisonOperator,
  Dashboard,
  GraphWidget,
  type IMetric,
  MathExpression,
  Metric,
  SingleValueWidget,
  TextWidget,
  TreatMissingData,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { FilterPattern, type ILogGroup, MetricFilter } from 'aws-cdk-lib/aws-logs';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';
import { METRICS } from '../runtime-contract';

export interface MonitoringProps {
  /** Functions to alarm on, by a short name used in alarm names. */
  readonly functions: Readonly<Record<string, IFunction>>;
  /** @default - alarms go to the topic only; subscribe later */
  readonly alarmEmail?: string;
  /** The public HTTP API and its JSON access log. @default - no API alarms */
  readonly api?: { readonly httpApi: IHttpApi; readonly accessLogs: ILogGroup };
  /** The conversation table. @default - no throttling alarm */
  readonly table?: ITable;
}

/** Thresholds per 5 minutes, chosen for a support chat of a few hundred conversations a day. */
const API_5XX_THRESHOLD = 5;
const API_429_THRESHOLD = 20;
const API_P99_LATENCY_MS = 5_000;
const CHAT_5XX_THRESHOLD = 3;

const PERIOD = Duration.minutes(5);

// Powertools adds a `service` dimension each function names itself, so the Postino metrics are
// summed over every service with SEARCH (dashboard) or a Metrics Insights query (alarm), and the
// functions stay free to choose their service names.
function postinoTotal(
  metricName: string,
  label: string,
  statistic: 'Sum' | 'Average' = 'Sum',
): MathExpression {
  const aggregate = statistic === 'Sum' ? 'SUM' : 'AVG';
  return new MathExpression({
    expression: `${aggregate}(SEARCH('{${METRICS.namespace},service} MetricName="${metricName}"', '${statistic}', ${PERIOD.toSeconds()}))`,
    usingMetrics: {},
    label,
    period: PERIOD,
  });
}

export class Monitoring extends Construct {
  public readonly topic: Topic;
  public readonly alarms: Alarm[] = [];
  public readonly dashboard: Dashboard;

  constructor(scope: Construct, id: string, props: MonitoringProps) {
    super(scope, id);
    // CloudWatch can only publish to an encrypted topic through a key that lets it in.
    const key = new Key(this, 'TopicKey', { enableKeyRotation: true, description: 'Postino alarm topic' });
    key.grant(new ServicePrincipal('cloudwatch.amazonaws.com'), 'kms:Decrypt', 'kms:GenerateDataKey*');
    this.topic = new Topic(this, 'Alarms', {
      displayName: 'Postino alarms',
      masterKey: key,
      enforceSSL: true,
    });
    if (props.alarmEmail !== undefined) this.topic.addSubscription(new EmailSubscription(props.alarmEmail));

    for (const [name, fn] of Object.entries(props.functions)) {
      this.alarm(
        `${name}Errors`,
        fn.metricErrors({ period: PERIOD, statistic: 'Sum' }),
        1,
        `${name}: invocations failed`,
      );
      this.alarm(
        `${name}Throttles`,
        fn.metricThrottles({ period: PERIOD, statistic: 'Sum' }),
        1,
        `${name}: invocations throttled`,
      );
    }
    this.alarm(
      'ProbeFailures',
      new MathExpression({
        expression: `SELECT SUM(${METRICS.probeFailed}) FROM ${METRICS.namespace}`,
        usingMetrics: {},
        period: PERIOD,
      }),
      3,
      "The probe could not complete the SMTP dialogue with Halnet's server 3+ times in 5 minutes",
    );
    // Outage mode (issue 12): customers are being told of a problem on Halnet's server.
    this.alarm(
      'OutageStarted',
      new MathExpression({
        expression: `SELECT SUM(${METRICS.outageStarted}) FROM ${METRICS.namespace}`,
        usingMetrics: {},
        period: PERIOD,
      }),
      1,
      "Outage mode is on: Halnet's SMTP server failed the health checks (or an agent reported an outage)",
    );

    const operational = this.operationalAlarms(props);
    this.dashboard = this.buildDashboard(props.functions, operational);
  }

  /** The API's and the table's alarms; returns their metrics for the dashboard. */
  private operationalAlarms(props: MonitoringProps): Array<{ title: string; metric: IMetric }> {
    const shown: Array<{ title: string; metric: IMetric }> = [];
    if (props.api) {
      const { httpApi, accessLogs } = props.api;
      const server = httpApi.metricServerError({ period: PERIOD, statistic: 'Sum', label: 'API 5xx' });
      this.alarm(
        'Api5xx',
        server,
        API_5XX_THRESHOLD,
        `HTTP API: ${API_5XX_THRESHOLD}+ 5xx answers in 5 minutes`,
      );
      // HTTP APIs publish no 429 metric: the access log's status field is counted instead.
      const throttled = new MetricFilter(this, 'Api429Filter', {
        logGroup: accessLogs,
        filterPattern: FilterPattern.literal('{ $.status = "429" }'),
        metricNamespace: METRICS.namespace,
        metricName: METRICS.http429,
        metricValue: '1',
      }).metric({ period: PERIOD, statistic: 'Sum', label: 'API 429' });
      this.alarm(
        'Api429',
        throttled,
        API_429_THRESHOLD,
        `HTTP API: ${API_429_THRESHOLD}+ requests throttled (429) in 5 minutes: stage limits or the public-token limiter`,
      );
      const latency = httpApi.metricLatency({ period: PERIOD, statistic: 'p99', label: 'API p99 latency' });
      this.alarm(
        'ApiLatency',
        latency,
        API_P99_LATENCY_MS,
        `HTTP API: p99 latency at or above ${API_P99_LATENCY_MS} ms`,
      );
      shown.push(
        { title: 'API 5xx and 429', metric: server },
        { title: 'API 5xx and 429', metric: throttled },
      );
      shown.push({ title: 'API p99 latency (ms)', metric: latency });
    }
    const chatErrors = new MathExpression({
      expression: `SELECT SUM(${METRICS.serverErrors}) FROM ${METRICS.namespace}`,
      usingMetrics: {},
      period: PERIOD,
      label: 'chat 5xx answers',
    });
    this.alarm(
      'ChatServerErrors',
      chatErrors,
      CHAT_5XX_THRESHOLD,
      `The chat function answered 5xx ${CHAT_5XX_THRESHOLD}+ times in 5 minutes (e.g. the table unreachable)`,
    );
    shown.push({ title: 'Chat 5xx answers', metric: chatErrors });
    if (props.table) {
      const events = (name: string) =>
        new Metric({
          namespace: 'AWS/DynamoDB',
          metricName: name,
          dimensionsMap: { TableName: props.table?.tableName as string },
          period: PERIOD,
          statistic: 'Sum',
        });
      const throttles = new MathExpression({
        expression: 'reads + writes',
        usingMetrics: { reads: events('ReadThrottleEvents'), writes: events('WriteThrottleEvents') },
        period: PERIOD,
        label: 'DynamoDB throttle events',
      });
      this.alarm(
        'TableThrottles',
        throttles,
        1,
        'DynamoDB throttled reads or writes on the conversation table',
      );
      shown.push({ title: 'DynamoDB throttle events', metric: throttles });
    }
    return shown;
  }

  private alarm(id: string, metric: IMetric, threshold: number, description: string): void {
    const alarm = new Alarm(this, id, {
      metric,
      threshold,
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
      alarmDescription: description,
    });
    alarm.addAlarmAction(new SnsAction(this.topic));
    alarm.addOkAction(new SnsAction(this.topic));
    this.alarms.push(alarm);
  }

  private buildDashboard(
    functions: Readonly<Record<string, IFunction>>,
    operational: Array<{ title: string; metric: IMetric }>,
  ): Dashboard {
    const started = postinoTotal(METRICS.conversationsStarted, 'conversations');
    const resolved = postinoTotal(METRICS.resolvedByBot, 'resolved by the bot');
    const handedOff = postinoTotal(METRICS.handedOff, 'handed off');
    const abandoned = postinoTotal(METRICS.abandoned, 'abandoned');
    const csat = postinoTotal(METRICS.csat, 'CSAT (1-5)', 'Average');
    const rate = (expression: string, label: string) =>
      new MathExpression({
        expression,
        usingMetrics: { started, resolved, handedOff },
        label,
        period: PERIOD,
      });
    const dashboard = new Dashboard(this, 'Dashboard', { defaultInterval: Duration.days(7) });
    dashboard.addWidgets(
      new TextWidget({
        markdown: '# Postino\nContainment = resolved by the bot / conversations started.',
        width: 24,
        height: 2,
      }),
    );
    dashboard.addWidgets(
      new SingleValueWidget({
        title: 'Last 7 days',
        metrics: [started, resolved, handedOff, abandoned, csat],
        setPeriodToTimeRange: true,
        width: 24,
      }),
    );
    dashboard.addWidgets(
      new GraphWidget({
        title: 'Containment and handoff (%)',
        left: [
          rate('100 * resolved / started', 'containment %'),
          rate('100 * handedOff / started', 'handoff %'),
        ],
        width: 12,
      }),
      new GraphWidget({ title: 'Conversations', left: [started, resolved, handedOff, abandoned], width: 12 }),
    );
    dashboard.addWidgets(
      new GraphWidget({ title: 'CSAT', left: [csat], leftYAxis: { min: 1, max: 5 }, width: 8 }),
      new GraphWidget({
        title: 'Function errors',
        left: Object.entries(functions).map(([name, fn]) => fn.metricErrors({ label: name, period: PERIOD })),
        width: 8,
      }),
      new GraphWidget({
        title: 'Function p99 duration',
        left: Object.entries(functions).map(([name, fn]) =>
          fn.metricDuration({ label: name, statistic: 'p99', period: PERIOD }),
        ),
        width: 8,
      }),
    );
    const titles = [...new Set(operational.map((entry) => entry.title))];
    if (titles.length > 0) {
      dashboard.addWidgets(
        ...titles.map(
          (title) =>
            new GraphWidget({
              title,
              left: operational.filter((entry) => entry.title === title).map((entry) => entry.metric),
              width: Math.max(6, Math.floor(24 / titles.length)),
            }),
        ),
      );
    }
    return dashboard;
  }
}
