// What ops watch: alarms on function errors, throttles and failed probes (to an SNS topic,
// optionally e-mailed), and a dashboard with the numbers the support team is judged by:
// containment (resolved by the bot), handoff rate, abandonment and CSAT.
import { Duration } from 'aws-cdk-lib';
import {
  Alarm,
  ComparisonOperator,
  Dashboard,
  GraphWidget,
  type IMetric,
  MathExpression,
  SingleValueWidget,
  TextWidget,
  TreatMissingData,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';
import { METRICS } from '../runtime-contract';

export interface MonitoringProps {
  /** Functions to alarm on, by a short name used in alarm names. */
  readonly functions: Readonly<Record<string, IFunction>>;
  /** @default - alarms go to the topic only; subscribe later */
  readonly alarmEmail?: string;
}

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

    this.dashboard = this.buildDashboard(props.functions);
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

  private buildDashboard(functions: Readonly<Record<string, IFunction>>): Dashboard {
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
    return dashboard;
  }
}
