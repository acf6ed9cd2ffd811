// Outage mode on AWS (issue 12): the health function on an EventBridge schedule every minute
// (off with `healthSchedule=false`), its least-privilege grants (the table, the probe function,
// posting to the stream API's connections), the agents' PUT through the authorised route and
// the API's CORS, the alarm on an outage, context validation, and cdk-nag clean either way.
import { App } from 'aws-cdk-lib';
import { Match } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { readConfig } from '../../infra/config';
import { FUNCTION_ENTRIES } from '../../infra/runtime-contract';
import { asList, synthPostino } from './synth-fixture';

const HEALTH_ROLE = { Properties: { Description: `Runs ${FUNCTION_ENTRIES.health}` } };

function nagFindings(app: Parameters<AwsSolutionsChecks['validateScope']>[0]): string[] {
  return new AwsSolutionsChecks()
    .validateScope(app)
    .violations.flatMap((violation) =>
      violation.violatingResources.map((resource) => `${violation.ruleName} at ${resource.constructPath}`),
    );
}

describe('outage mode on AWS (default: scheduled)', () => {
  const postino = synthPostino();
  const template = postino.statelessTemplate;
  const [roleId] = Object.keys(template.findResources('AWS::IAM::Role', HEALTH_ROLE));
  const [healthId, health] = Object.entries(
    template.findResources('AWS::Lambda::Function', {
      Properties: { Role: { 'Fn::GetAtt': [roleId, 'Arn'] } },
    }),
  )[0] ?? [undefined, undefined];

  it('runs the health function every minute, without retries of a missed minute', () => {
    expect(healthId).toBeDefined();
    const rules = Object.values(template.findResources('AWS::Events::Rule'));
    expect(rules).toHaveLength(1);
    expect(rules[0]?.Properties).toMatchObject({
      ScheduleExpression: 'rate(1 minute)',
      State: 'ENABLED',
      Targets: [
        {
          Arn: { 'Fn::GetAtt': [healthId, 'Arn'] },
          RetryPolicy: { MaximumRetryAttempts: 0 },
        },
      ],
    });
    template.hasResourceProperties('AWS::Lambda::Permission', {
      Action: 'lambda:InvokeFunction',
      Principal: 'events.amazonaws.com',
      FunctionName: { 'Fn::GetAtt': [healthId, 'Arn'] },
      SourceArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^HealthSchedule'), 'Arn'] },
    });
  });

  it('gives the health function the table, the probe function, the stream endpoint and time for the all-clears', () => {
    expect(health?.Properties).toMatchObject({
      Timeout: 50,
      Environment: {
        Variables: {
          TABLE_NAME: { 'Fn::GetStackOutput': expect.objectContaining({ StackName: 'PostinoStateful' }) },
          PROBE_FUNCTION_NAME: { Ref: expect.stringMatching(/^Probe/) },
          RETENTION_DAYS: '30',
        },
      },
    });
    // The stream API's Management endpoint (https://…/live), where pushes are posted.
    expect(JSON.stringify(health?.Properties.Environment.Variables.STREAM_ENDPOINT)).toMatch(
      /"https:\/\/",\{"Ref":"StreamApi[A-Za-z0-9]*"\}.*"\/live"/,
    );
  });

  it('lets it post to the stream API’s connections of its stage only, and nothing else of API Gateway', () => {
    const statements = Object.values(template.findResources('AWS::IAM::Policy'))
      .filter((policy) => JSON.stringify(policy.Properties.Roles) === JSON.stringify([{ Ref: roleId }]))
      .flatMap(
        (policy) =>
          policy.Properties.PolicyDocument.Statement as Array<{ Action: unknown; Resource: unknown }>,
      );
    const apiGateway = statements.filter((statement) =>
      asList(statement.Action as string | string[]).some((action) => action.startsWith('execute-api:')),
    );
    expect(apiGateway).toHaveLength(1);
    expect(apiGateway[0]?.Action).toBe('execute-api:ManageConnections');
    expect(JSON.stringify(apiGateway[0]?.Resource)).toMatch(
      /StreamApi[A-Za-z0-9]*"\},"\/live\/POST\/@connections\/\*"/,
    );
    // The table, the probe's invoke, the log group and the stream: no other service.
    const services = new Set(
      statements.flatMap((statement) =>
        asList(statement.Action as string | string[]).map((action) => action.split(':')[0]),
      ),
    );
    expect([...services].sort()).toEqual(['dynamodb', 'execute-api', 'lambda', 'logs']);
  });

  it('routes the agents’ PUT (set or clear by hand) through the authorised agent route, allowed by CORS', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Route', {
      RouteKey: 'PUT /agent/{proxy+}',
      AuthorizationType: 'JWT',
    });
    template.hasResourceProperties('AWS::ApiGatewayV2::Api', {
      CorsConfiguration: Match.objectLike({ AllowMethods: ['GET', 'POST', 'PUT'] }),
    });
  });

  it('alarms when an outage starts', () => {
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      AlarmDescription: Match.stringLikeRegexp('^Outage mode is on'),
      Threshold: 1,
      Metrics: [Match.objectLike({ Expression: 'SELECT SUM(OutageStarted) FROM Postino' })],
    });
  });

  it('leaves no cdk-nag finding unacknowledged', () => {
    expect(nagFindings(postino.app)).toEqual([]);
  });
});

describe('outage mode on AWS with healthSchedule=false', () => {
  const postino = synthPostino({ healthSchedule: 'false' });

  it('keeps the health function (ops may invoke it) but schedules nothing', () => {
    postino.statelessTemplate.resourceCountIs('AWS::Events::Rule', 0);
    expect(Object.keys(postino.statelessTemplate.findResources('AWS::IAM::Role', HEALTH_ROLE))).toHaveLength(
      1,
    );
    expect(postino.stateless.healthSchedule).toBeUndefined();
  });

  it('leaves no cdk-nag finding unacknowledged', () => {
    expect(nagFindings(postino.app)).toEqual([]);
  });
});

describe('outage mode’s context', () => {
  const configOf = (context: Record<string, unknown>) =>
    readConfig(new App({ context: { allowedOrigins: ['https://www.hln.it'], ...context } }));

  it('reads N, M and the schedule switch as ops write them', () => {
    expect(
      configOf({ healthSchedule: 'false', outageFailuresToOpen: '4', outageHealthyMinutes: 10 }),
    ).toMatchObject({ healthSchedule: false, outageFailuresToOpen: 4, outageHealthyMinutes: 10 });
  });

  it.each([
    ['healthSchedule', 'sometimes'],
    ['outageFailuresToOpen', '0'],
    ['outageHealthyMinutes', 'five'],
  ])('stops synth on a wrong %s, naming it', (key, value) => {
    expect(() => configOf({ [key]: value })).toThrow(key);
  });
});
