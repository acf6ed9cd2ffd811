// The public HTTP API: Direct Line 3.0 routes for the widget (the chat function authorises
// each request with its own conversation token) and the agent routes, which only a Cognito
// agent token passes (JWT authorizer). One throttled `$default` stage with JSON access logs.
import { Duration, Validations } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import {
  CorsHttpMethod,
  HttpApi,
  HttpMethod,
  HttpStage,
  LogGroupLogDestination,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpUserPoolAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { IUserPool, IUserPoolClient } from 'aws-cdk-lib/aws-cognito';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { CORS_HEADERS, ROUTES } from '../runtime-contract';

export interface ChatApiProps {
  readonly chatFunction: IFunction;
  readonly agentFunction: IFunction;
  readonly userPool: IUserPool;
  readonly userPoolClient: IUserPoolClient;
  /** Origins allowed to call the API from a browser (the site embedding the widget, the console). */
  readonly allowedOrigins: readonly string[];
  /** Steady-state requests per second for the whole stage. */
  readonly rateLimit: number;
  /** Short bursts above rateLimit. */
  readonly burstLimit: number;
  /** The configuration files (issue 12): public routes of ROUTES.configFiles. */
  readonly configFilesFunction?: IFunction;
}

// Only fields HTTP APIs define; never a header, so no token ends up in the access log.
const ACCESS_LOG_FORMAT = AccessLogFormat.custom(
  JSON.stringify({
    requestId: '$context.requestId',
    requestTime: '$context.requestTime',
    sourceIp: '$context.identity.sourceIp',
    routeKey: '$context.routeKey',
    status: '$context.status',
    protocol: '$context.protocol',
    responseLength: '$context.responseLength',
    latencyMs: '$context.responseLatency',
    integrationError: '$context.integrationErrorMessage',
    authorizerError: '$context.authorizer.error',
  }),
);

export class ChatApi extends Construct {
  public readonly api: HttpApi;
  public readonly stage: HttpStage;
  public readonly authorizer: HttpUserPoolAuthorizer;
  /** JSON access log of the stage (monitoring counts its 429s). */
  public readonly accessLogs: LogGroup;

  constructor(scope: Construct, id: string, props: ChatApiProps) {
    super(scope, id);
    this.api = new HttpApi(this, 'Api', {
      description: 'Postino: Direct Line 3.0 for the widget, agent API for the console',
      createDefaultStage: false,
      corsPreflight: {
        allowOrigins: [...props.allowedOrigins],
        allowHeaders: [...CORS_HEADERS],
        // Every route of both APIs is a GET or a POST, and the agents' outage set/clear a PUT (see ROUTES).
        allowMethods: [CorsHttpMethod.GET, CorsHttpMethod.POST, CorsHttpMethod.PUT],
        exposeHeaders: ['Retry-After'],
        maxAge: Duration.hours(1),
      },
    });
    this.accessLogs = new LogGroup(this, 'AccessLogs', { retention: RetentionDays.ONE_MONTH });
    this.stage = new HttpStage(this, 'Stage', {
      httpApi: this.api,
      stageName: '$default',
      autoDeploy: true,
      throttle: { rateLimit: props.rateLimit, burstLimit: props.burstLimit },
      accessLogSettings: {
        destination: new LogGroupLogDestination(this.accessLogs),
        format: ACCESS_LOG_FORMAT,
      },
    });

    const chat = new HttpLambdaIntegration('Chat', props.chatFunction);
    for (const route of ROUTES.directLine) {
      const routes = this.api.addRoutes({
        path: route.path,
        methods: route.methods.map((method) => HttpMethod[method]),
        integration: chat,
      });
      for (const created of routes) {
        Validations.of(created).acknowledge({
          id: 'AwsSolutions-APIG4',
          reason:
            'Direct Line routes are authorised by the chat function itself: tokens/generate takes the site ' +
            'secret, tokens/public checks the Origin and a per-IP limit, every other route a signed ' +
            'conversation token (Bearer), checked before any work.',
        });
      }
    }

    if (props.configFilesFunction) {
      const files = new HttpLambdaIntegration('ConfigFiles', props.configFilesFunction);
      for (const route of ROUTES.configFiles) {
        const routes = this.api.addRoutes({
          path: route.path,
          methods: route.methods.map((method) => HttpMethod[method]),
          integration: files,
        });
        for (const created of routes) {
          Validations.of(created).acknowledge({
            id: 'AwsSolutions-APIG4',
            reason:
              'Public by design: mail programs (Thunderbird autoconfig, Outlook Autodiscover) and the download ' +
              'page fetch these without credentials; they serve only the published service settings.',
          });
        }
      }
    }

    this.authorizer = new HttpUserPoolAuthorizer('AgentAuthorizer', props.userPool, {
      userPoolClients: [props.userPoolClient],
    });
    const agent = new HttpLambdaIntegration('Agent', props.agentFunction);
    for (const route of ROUTES.agent) {
      this.api.addRoutes({
        path: route.path,
        methods: route.methods.map((method) => HttpMethod[method]),
        integration: agent,
        authorizer: this.authorizer,
      });
    }
  }

  /** The stage's base URL, ending in `/`. */
  public get url(): string {
    return this.stage.url;
  }
}
