// The agents' live feed on AWS in the synthesized template (issue 10): a WebSocket API of its
// own whose $connect, $disconnect and $default routes invoke the agent feed function, one
// throttled stage whose access logs carry no query string (the token is in it), the function
// told the user pool and app client the HTTP API's authorizer trusts, its table access held to
// put and delete in the agents' connections' partition, and execute-api:ManageConnections on
// exactly this API's stage for the two functions that push feed events, and nobody else.
import { Match } from 'aws-cdk-lib/assertions';
import { TABLE_SCHEMA } from '../../infra/runtime-contract';
import { asList, policyStatements, synthPostino } from './synth-fixture';

const postino = synthPostino();
const template = postino.statelessTemplate;
const feedApis = template.findResources('AWS::ApiGatewayV2::Api', {
  Properties: { ProtocolType: 'WEBSOCKET', Description: Match.stringLikeRegexp("agents' live feed") },
});
const apiId = Object.keys(feedApis)[0] as string;
const functionId = (description: string) =>
  Object.keys(
    template.findResources('AWS::Lambda::Function', {
      Properties: { Description: Match.stringLikeRegexp(description) },
    }),
  )[0] as string;
const feedFn = functionId("agents' live feed");
const functionsById = template.findResources('AWS::Lambda::Function');
const roleOf = (fn: string): string =>
  (functionsById[fn]?.Properties.Role as { 'Fn::GetAtt': [string, string] } | undefined)?.['Fn::GetAtt'][0] ??
  'no such function';
const envOf = (fn: string) =>
  template.findResources('AWS::Lambda::Function')[fn]?.Properties.Environment.Variables as Record<
    string,
    unknown
  >;
/** The statements of a role's attached policies. */
const statementsOfRole = (role: string) =>
  Object.values(template.findResources('AWS::IAM::Policy'))
    .filter((policy) => JSON.stringify(policy.Properties.Roles).includes(`"${role}"`))
    .flatMap((policy) => policy.Properties.PolicyDocument.Statement as Array<Record<string, unknown>>);

describe('the agents’ live feed WebSocket API', () => {
  it('is a WebSocket API apart from the customers’ stream, its three routes on the agent feed function', () => {
    expect(Object.keys(feedApis)).toHaveLength(1);
    expect(feedFn).toBeDefined();
    const routes = Object.values(
      template.findResources('AWS::ApiGatewayV2::Route', { Properties: { ApiId: { Ref: apiId } } }),
    );
    expect(routes.map((route) => route.Properties.RouteKey).sort()).toEqual([
      '$connect',
      '$default',
      '$disconnect',
    ]);
    const integrations = Object.values(
      template.findResources('AWS::ApiGatewayV2::Integration', { Properties: { ApiId: { Ref: apiId } } }),
    );
    expect(integrations).toHaveLength(3);
    for (const integration of integrations) {
      expect(integration.Properties.IntegrationType).toBe('AWS_PROXY');
      expect(JSON.stringify(integration.Properties.IntegrationUri)).toContain(feedFn);
    }
    // Only API Gateway invokes the function, and only this API.
    const permissions = Object.values(
      template.findResources('AWS::Lambda::Permission', {
        Properties: { FunctionName: { 'Fn::GetAtt': [feedFn, 'Arn'] } },
      }),
    );
    expect(permissions.length).toBeGreaterThan(0);
    for (const permission of permissions) {
      expect(permission.Properties.Principal).toBe('apigateway.amazonaws.com');
      expect(JSON.stringify(permission.Properties.SourceArn)).toContain(apiId);
    }
  });

  it('has one throttled stage with access logs that carry no query string', () => {
    const stages = Object.values(
      template.findResources('AWS::ApiGatewayV2::Stage', { Properties: { ApiId: { Ref: apiId } } }),
    );
    expect(stages).toHaveLength(1);
    const stage = stages[0]?.Properties;
    expect(stage.StageName).toBe('live');
    expect(stage.DefaultRouteSettings).toMatchObject({ ThrottlingRateLimit: 10, ThrottlingBurstLimit: 20 });
    expect(stage.AccessLogSettings.DestinationArn).toBeDefined();
    expect(stage.AccessLogSettings.Format).not.toMatch(/querystring|\$request|token/i);
  });

  it('tells the function the user pool and app client the agent routes’ JWT authorizer trusts', () => {
    const authorizer = Object.values(template.findResources('AWS::ApiGatewayV2::Authorizer'))[0]?.Properties
      .JwtConfiguration as { Audience: unknown[]; Issuer: unknown };
    const env = envOf(feedFn);
    expect(Object.keys(env)).toEqual(
      expect.arrayContaining(['TABLE_NAME', 'AGENT_USER_POOL_ID', 'AGENT_USER_POOL_CLIENT_ID']),
    );
    expect(authorizer.Audience).toEqual([env.AGENT_USER_POOL_CLIENT_ID]);
    expect(JSON.stringify(authorizer.Issuer)).toContain(JSON.stringify(env.AGENT_USER_POOL_ID));
  });

  it('lets the function only put and delete items of the agents’ connections’ partition', () => {
    const statements = statementsOfRole(roleOf(feedFn));
    const dynamo = statements.filter((statement) =>
      asList(statement.Action as string | string[]).some((action) => action.startsWith('dynamodb:')),
    );
    expect(dynamo).toHaveLength(1);
    expect(asList(dynamo[0]?.Action as string[]).sort()).toEqual(['dynamodb:DeleteItem', 'dynamodb:PutItem']);
    expect(dynamo[0]?.Condition).toEqual({
      'ForAllValues:StringEquals': { 'dynamodb:LeadingKeys': [TABLE_SCHEMA.agentFeedPartition] },
    });
    // Nothing else but its own logs: no secret, no invoke, no posting to connections.
    const others = statements
      .flatMap((statement) => asList(statement.Action as string | string[]))
      .filter((action) => !action.startsWith('dynamodb:') && !action.startsWith('logs:'));
    expect(others).toEqual([]);
  });

  it('tells the chat, agent and health functions where to push, and lets exactly them post to this API', () => {
    const chat = functionId('Direct Line 3.0 API');
    const agent = functionId('agent console API');
    // The health function: outage mode's card refreshes in the consoles when a check changes it.
    const health = functionId('outage mode health check');
    for (const fn of [chat, agent, health]) {
      expect(JSON.stringify(envOf(fn).AGENT_FEED_ENDPOINT)).toContain(apiId);
      expect(JSON.stringify(envOf(fn).AGENT_FEED_ENDPOINT)).toContain('https://');
    }
    const grants = policyStatements(template).filter(
      (statement) =>
        asList(statement.Action as string | string[]).includes('execute-api:ManageConnections') &&
        JSON.stringify(statement.Resource).includes(`{"Ref":"${apiId}"}`),
    );
    expect(grants).toHaveLength(3);
    for (const grant of grants) {
      expect(asList(grant.Action as string | string[])).toEqual(['execute-api:ManageConnections']);
      // Possibly merged with the customers' stream API's grant: each resource one API's stage.
      for (const resource of asList(grant.Resource as unknown).map((r) => JSON.stringify(r))) {
        expect(resource).toMatch(/\{"Ref":"(StreamApi|AgentFeedApi)[A-Za-z0-9]+"\}/);
        expect(resource).toContain('/live/POST/@connections/*');
      }
    }
    const holders = [chat, agent].map((fn) =>
      statementsOfRole(roleOf(fn)).filter((statement) => grants.includes(statement)),
    );
    expect(holders.map((held) => held.length)).toEqual([1, 1]);
  });
});
