// The Direct Line stream on AWS (issue 10): an API Gateway WebSocket API whose `$connect`,
// `$disconnect` and `$default` routes invoke the stream function. `$connect` has no API
// Gateway authorizer: the stream function checks the short-lived stream token of the URL
// (`?t=`) and refuses the upgrade (401/403/404/400) before the socket opens. One stage,
// throttled, with JSON access logs that carry no query string (the token stays out of logs).
// `grantManageConnections` lets a function post to (and drop) this API's connections only.
// The agents' live feed (issue 10) is a second instance of its own: the same three routes on
// its own function, which checks the agent's Cognito token at `$connect` instead.
import { type CfnElement, Stack, Token, Validations } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import { LogGroupLogDestination, WebSocketApi, WebSocketStage } from 'aws-cdk-lib/aws-apigatewayv2';
import { WebSocketLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { type IGrantable, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct, type IConstruct } from 'constructs';

export interface StreamApiProps {
  /** The function behind the three routes (functions/stream.ts). */
  readonly streamFunction: IFunction;
  /** Stage throttling: steady requests (messages and connects) per second. */
  readonly rateLimit: number;
  readonly burstLimit: number;
  /** @default the Direct Line stream's */
  readonly description?: string;
  /** How the function authorises `$connect` (why no API Gateway authorizer: cdk-nag APIG4).
   * @default the Direct Line stream's stream token */
  readonly connectCheck?: string;
}

export const STREAM_STAGE = 'live';

const ACCESS_LOG_FORMAT = AccessLogFormat.custom(
  JSON.stringify({
    requestId: '$context.requestId',
    requestTime: '$context.requestTime',
    sourceIp: '$context.identity.sourceIp',
    routeKey: '$context.routeKey',
    eventType: '$context.eventType',
    connectionId: '$context.connectionId',
    status: '$context.status',
    integrationError: '$context.integrationErrorMessage',
  }),
);

export class StreamApi extends Construct {
  public readonly api: WebSocketApi;
  public readonly stage: WebSocketStage;
  /** `wss://…/live`: what the chat function puts in its streamUrl answers. */
  public readonly url: string;
  /** `https://…/live`: where functions post to connections (Management API). */
  public readonly managementEndpoint: string;

  constructor(scope: Construct, id: string, props: StreamApiProps) {
    super(scope, id);
    const integration = (name: string) => new WebSocketLambdaIntegration(name, props.streamFunction);
    this.api = new WebSocketApi(this, 'Api', {
      description: props.description ?? 'Postino: Direct Line stream (ActivitySet frames pushed to Web Chat)',
      connectRouteOptions: { integration: integration('OnConnect') },
      disconnectRouteOptions: { integration: integration('OnDisconnect') },
      defaultRouteOptions: { integration: integration('OnMessage') },
    });
    this.stage = new WebSocketStage(this, 'Stage', {
      webSocketApi: this.api,
      stageName: STREAM_STAGE,
      autoDeploy: true,
      throttle: { rateLimit: props.rateLimit, burstLimit: props.burstLimit },
      accessLogSettings: {
        destination: new LogGroupLogDestination(
          new LogGroup(this, 'AccessLogs', { retention: RetentionDays.ONE_MONTH }),
        ),
        format: ACCESS_LOG_FORMAT,
      },
    });
    this.url = this.stage.url;
    this.managementEndpoint = this.stage.callbackUrl;
    for (const route of this.api.node.children) {
      if (!/Route$/.test(route.node.id)) continue;
      Validations.of(route).acknowledge({
        id: 'AwsSolutions-APIG4',
        reason:
          props.connectCheck ??
          'The stream function authorises $connect itself: the URL carries a short-lived signed stream ' +
            'token for one conversation, checked before the connection is accepted; the other routes exist ' +
            'only on accepted connections.',
      });
    }
  }

  /** `execute-api:ManageConnections` on this API's stage and nothing else. */
  grantManageConnections(grantee: IGrantable & IConstruct): void {
    grantee.grantPrincipal.addToPrincipalPolicy(this.manageConnectionsStatement());
    this.acknowledgeConnectionsWildcard(grantee);
  }

  /**
   * cdk-nag flags the `@connections/*` of the grant: connection ids are made by API Gateway at
   * each connect, so no narrower resource exists; the grant names this API and stage only.
   */
  acknowledgeConnectionsWildcard(scope: IConstruct): void {
    const stack = Stack.of(this);
    const named = (value: string, pseudo: string) => (Token.isUnresolved(value) ? `<${pseudo}>` : value);
    const api = stack.getLogicalId(this.api.node.defaultChild as CfnElement);
    const arn =
      `arn:${named(stack.partition, 'AWS::Partition')}:execute-api:${named(stack.region, 'AWS::Region')}:` +
      `${named(stack.account, 'AWS::AccountId')}:<${api}>/${STREAM_STAGE}/POST/@connections/*`;
    Validations.of(scope).acknowledge({
      id: `AwsSolutions-IAM5[Resource::${arn}]`,
      reason:
        'Posting to WebSocket connections: their ids are made by API Gateway at each connect, so the ' +
        'grant can only name this API and stage, POST /@connections/* (execute-api:ManageConnections).',
    });
  }

  /** The statement alone, for a policy of its own (the stream function's: no dependency cycle). */
  manageConnectionsStatement(): PolicyStatement {
    return new PolicyStatement({
      actions: ['execute-api:ManageConnections'],
      resources: [
        Stack.of(this).formatArn({
          service: 'execute-api',
          resource: this.api.apiId,
          resourceName: `${STREAM_STAGE}/POST/@connections/*`,
        }),
      ],
    });
  }
}
