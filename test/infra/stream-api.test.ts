// The Direct Line stream on AWS in the synthesized template (issue 10): a WebSocket API whose
// $connect, $disconnect and $default routes invoke the stream function, one throttled stage
// with access logs, the chat function told where the stream is, and
// execute-api:ManageConnections granted on exactly this API's stage.
import { Match } from 'aws-cdk-lib/assertions';
import { asList, policyStatements, synthPostino } from './synth-fixture';

const postino = synthPostino();
const template = postino.statelessTemplate;
const apis = template.findResources('AWS::ApiGatewayV2::Api', {
  Properties: { ProtocolType: 'WEBSOCKET', Description: Match.stringLikeRegexp('Direct Line stream') },
});
const apiId = Object.keys(apis)[0] as string;
const streamFn = Object.keys(
  template.findResources('AWS::Lambda::Function', {
    Properties: { Description: Match.stringLikeRegexp('Direct Line stream') },
  }),
)[0] as string;

describe('the stream WebSocket API', () => {
  it('is one WebSocket API (the agents have their own) with the three routes, each integrated with the stream function', () => {
    expect(Object.keys(apis)).toHaveLength(1);
    expect(streamFn).toBeDefined();
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
      expect(JSON.stringify(integration.Properties.IntegrationUri)).toContain(streamFn);
    }
  });

  it('has one throttled stage with access logs that carry no query string', () => {
    const stages = Object.values(
      template.findResources('AWS::ApiGatewayV2::Stage', { Properties: { ApiId: { Ref: apiId } } }),
    );
    expect(stages).toHaveLength(1);
    const stage = stages[0]?.Properties;
    expect(stage.StageName).toBe('live');
    expect(stage.DefaultRouteSettings).toMatchObject({ ThrottlingRateLimit: 100, ThrottlingBurstLimit: 200 });
    expect(stage.AccessLogSettings.DestinationArn).toBeDefined();
    expect(stage.AccessLogSettings.Format).not.toMatch(/querystring|\$request/i);
  });

  it('tells the chat function the stream URL and the Management endpoint, and the agent function the endpoint', () => {
    const envOf = (description: string) =>
      Object.values(
        template.findResources('AWS::Lambda::Function', {
          Properties: { Description: Match.stringLikeRegexp(description) },
        }),
      )[0]?.Properties.Environment.Variables;
    const chat = envOf('Direct Line 3.0 API');
    expect(JSON.stringify(chat.STREAM_URL)).toContain('wss://');
    expect(JSON.stringify(chat.STREAM_URL)).toContain(apiId);
    expect(JSON.stringify(chat.STREAM_ENDPOINT)).toContain('https://');
    expect(JSON.stringify(envOf('agent console API').STREAM_ENDPOINT)).toContain(apiId);
  });

  it('grants execute-api:ManageConnections on this API and stage only, to the four functions that post', () => {
    const grants = policyStatements(template).filter(
      (statement) =>
        asList(statement.Action as string | string[]).includes('execute-api:ManageConnections') &&
        JSON.stringify(statement.Resource).includes(`{"Ref":"${apiId}"}`),
    );
    // chat, agent, stream and outage mode's health check (the all-clears, issue 12).
    expect(grants).toHaveLength(4);
    for (const grant of grants) {
      expect(asList(statement(grant).Action)).toEqual(['execute-api:ManageConnections']);
      // CDK may merge this grant with the agents' feed API's into one statement: each resource
      // is still one API's stage, POST to its connections.
      for (const resource of asList(grant.Resource as unknown).map((r) => JSON.stringify(r))) {
        expect(resource).toMatch(/\{"Ref":"(StreamApi|AgentFeedApi)[A-Za-z0-9]+"\}/);
        expect(resource).toContain('/live/POST/@connections/*');
      }
    }
  });

  it('lets the stream function invoke itself (the backlog after $connect) and nothing else', () => {
    const invokes = policyStatements(template).filter(
      (statement) =>
        asList(statement.Action as string | string[]).includes('lambda:InvokeFunction') &&
        JSON.stringify(statement.Resource).includes(streamFn),
    );
    expect(invokes).toHaveLength(1);
  });
});

function statement(value: Record<string, unknown>): { Action: string | string[] } {
  return value as { Action: string | string[] };
}
