// The stateless stack: the API's routes and who may call them, the functions' runtime and
// limits, least-privilege grants, and the private bucket behind CloudFront.
import { Match } from 'aws-cdk-lib/assertions';
import { asList, policyStatements, synthPostino } from './synth-fixture';

const postino = synthPostino({ allowedOrigins: 'https://www.hln.it', alarmEmail: 'ops@hln.it' });
const template = postino.statelessTemplate;
// The recommended feature flags make cross-stack references weak: Fn::GetStackOutput.
const fromStatefulStack = (output: string) =>
  Match.objectLike({
    'Fn::GetStackOutput': Match.objectLike({
      StackName: 'PostinoStateful',
      OutputName: Match.stringLikeRegexp(output),
    }),
  });
const routes = Object.values(template.findResources('AWS::ApiGatewayV2::Route')).map(
  (route) => route.Properties as { RouteKey: string; AuthorizationType: string; AuthorizerId?: unknown },
);

describe('the HTTP API', () => {
  it('throttles the $default stage and writes access logs', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AutoDeploy: true,
      DefaultRouteSettings: { ThrottlingRateLimit: 50, ThrottlingBurstLimit: 100 },
      AccessLogSettings: { DestinationArn: Match.anyValue(), Format: Match.stringLikeRegexp('requestId') },
    });
  });

  it('puts the Cognito JWT authorizer on every agent route', () => {
    const agentRoutes = routes.filter((route) => route.RouteKey.includes(' /agent/'));
    expect(agentRoutes.map((route) => route.RouteKey).sort()).toEqual([
      'GET /agent/{proxy+}',
      'POST /agent/{proxy+}',
      'PUT /agent/{proxy+}',
    ]);
    for (const route of agentRoutes) {
      expect(route.AuthorizationType).toBe('JWT');
      expect(route.AuthorizerId).toEqual({ Ref: expect.stringMatching(/^HttpApiAgentAuthorizer/) });
    }
    template.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      AuthorizerType: 'JWT',
      IdentitySource: ['$request.header.Authorization'],
      JwtConfiguration: {
        Issuer: { 'Fn::Join': ['', Match.arrayWith([Match.stringLikeRegexp('^https://cognito-idp\\.')])] },
        Audience: [fromStatefulStack('UserPoolConsole')],
      },
    });
  });

  it('leaves the Direct Line routes to the chat function (no authorizer)', () => {
    const directLine = routes.filter((route) => route.RouteKey.includes(' /v3/directline/'));
    expect(directLine.map((route) => route.RouteKey).sort()).toEqual([
      'GET /v3/directline/{proxy+}',
      'POST /v3/directline/{proxy+}',
    ]);
    for (const route of directLine) {
      expect(route.AuthorizationType).toBe('NONE');
      expect(route.AuthorizerId).toBeUndefined();
    }
    // Direct Line (2), agent (3: PUT for the outage's set and clear), configuration files (6,
    // public: see config-files-infra.test.ts), and the three WebSocket routes of the customers'
    // stream and of the agents' feed (issue 10).
    expect(routes.filter((route) => !route.RouteKey.startsWith('$'))).toHaveLength(11);
    expect(
      routes
        .filter((route) => route.RouteKey.startsWith('$'))
        .map((route) => route.RouteKey)
        .sort(),
    ).toEqual(['$connect', '$connect', '$default', '$default', '$disconnect', '$disconnect']);
  });

  it('allows the configured origins and the Direct Line headers cross-origin', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Api', {
      CorsConfiguration: {
        AllowHeaders: ['Authorization', 'Content-Type', 'x-ms-bot-agent', 'X-Requested-With'],
        AllowOrigins: ['https://www.hln.it', Match.objectLike({ 'Fn::Join': Match.anyValue() })],
      },
    });
  });
});

describe('the functions', () => {
  const functions = template.findResources('AWS::Lambda::Function', {
    Properties: { Description: Match.stringLikeRegexp('^Postino: ') },
  });

  it('are seven (the verify function only with verifyDomain), each Node.js 24 on arm64 with JSON logs, source maps and Powertools settings', () => {
    expect(Object.keys(functions)).toHaveLength(7);
    for (const fn of Object.values(functions)) {
      expect(fn.Properties).toMatchObject({
        Runtime: 'nodejs24.x',
        Architectures: ['arm64'],
        LoggingConfig: { LogFormat: 'JSON', LogGroup: { Ref: expect.any(String) } },
        Environment: {
          Variables: {
            NODE_OPTIONS: '--enable-source-maps',
            POWERTOOLS_SERVICE_NAME: 'postino',
            POWERTOOLS_METRICS_NAMESPACE: 'Postino',
          },
        },
      });
    }
  });

  it('log to groups kept for 30 days', () => {
    const resources = template.toJSON().Resources;
    for (const fn of Object.values(functions)) {
      const group = (fn.Properties.LoggingConfig.LogGroup as { Ref: string }).Ref;
      expect(resources[group]).toMatchObject({
        Type: 'AWS::Logs::LogGroup',
        Properties: { RetentionInDays: 30 },
      });
    }
  });

  it('cap the probe at 10 s and a reserved concurrency of 5', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Description: Match.stringLikeRegexp('probes the SMTP server'),
      Timeout: 10,
      ReservedConcurrentExecutions: 5,
      Environment: {
        Variables: Match.objectLike({
          PROBE_HOST: 'smtp.hln.it',
          PROBE_PORTS: '587,465,25',
          PROBE_DEADLINE_MS: '8000',
        }),
      },
    });
  });

  it('give the chat function the secrets by ARN, never by value, with the secrets extension', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Description: Match.stringLikeRegexp('Direct Line'),
      Layers: [Match.anyValue()],
      Environment: {
        Variables: Match.objectLike({
          TOKEN_SIGNING_KEY_SECRET_ARN: fromStatefulStack('TokenSigningKey'),
          DIRECTLINE_SECRET_ARN: fromStatefulStack('DirectLineSecret'),
        }),
      },
    });
  });
});

describe('least privilege', () => {
  const statements = policyStatements(template);
  const dynamo = statements.filter((statement) =>
    asList(statement.Action as string | string[]).some((action) => action.startsWith('dynamodb:')),
  );

  it('grants DynamoDB only listed item actions, never a wildcard action', () => {
    // chat and agent: the table and the queue index; probe, stream, the agents' feed and health:
    // the table (grants.test.ts: which actions).
    expect(dynamo.length).toBe(8);
    for (const statement of dynamo) {
      for (const action of asList(statement.Action as string | string[])) {
        expect(action).toMatch(/^dynamodb:[A-Za-z]+$/);
      }
      expect(asList(statement.Action as string | string[])).not.toContain('dynamodb:Scan');
    }
  });

  it('grants DynamoDB on the table and its queue index by exact ARN only', () => {
    const indexGrants = dynamo.filter((statement) =>
      JSON.stringify(statement.Resource).includes('/index/GSI1'),
    );
    expect(indexGrants).toHaveLength(2);
    for (const statement of dynamo) {
      for (const resource of asList(statement.Resource)) {
        expect(JSON.stringify(resource)).not.toContain('*');
      }
    }
  });

  it('uses no AWS managed policy on any role', () => {
    for (const role of Object.values(template.findResources('AWS::IAM::Role'))) {
      expect(role.Properties.ManagedPolicyArns).toBeUndefined();
    }
  });
});

describe('web hosting', () => {
  it('keeps the site bucket private, encrypted and TLS-only', () => {
    template.hasResourceProperties('AWS::S3::Bucket', {
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
      },
      LoggingConfiguration: Match.objectLike({ LogFilePrefix: 's3/' }),
    });
    const policies = Object.values(template.findResources('AWS::S3::BucketPolicy'));
    expect(policies).toHaveLength(2);
    for (const policy of policies) {
      expect(policy.Properties.PolicyDocument.Statement).toContainEqual(
        expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
      );
      const allows = (policy.Properties.PolicyDocument.Statement as Array<Record<string, unknown>>).filter(
        (statement) => statement.Effect === 'Allow',
      );
      for (const statement of allows) {
        expect(statement.Principal).not.toBe('*');
        expect(statement.Principal).not.toEqual({ AWS: '*' });
      }
    }
  });

  it('reads the bucket through CloudFront origin access control only', () => {
    template.hasResourceProperties('AWS::CloudFront::OriginAccessControl', {
      OriginAccessControlConfig: { OriginAccessControlOriginType: 's3', SigningBehavior: 'always' },
    });
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Allow',
            Principal: { Service: 'cloudfront.amazonaws.com' },
            Action: 's3:GetObject',
          }),
        ]),
      },
    });
  });

  it('serves HTTPS only, with security headers', () => {
    template.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        DefaultCacheBehavior: Match.objectLike({ ViewerProtocolPolicy: 'redirect-to-https' }),
        Logging: Match.objectLike({ Prefix: 'cloudfront/' }),
      }),
    });
    template.hasResourceProperties('AWS::CloudFront::ResponseHeadersPolicy', {
      ResponseHeadersPolicyConfig: Match.objectLike({
        SecurityHeadersConfig: Match.objectLike({
          StrictTransportSecurity: Match.objectLike({ AccessControlMaxAgeSec: 31536000 }),
          FrameOptions: { FrameOption: 'DENY', Override: true },
          ContentTypeOptions: { Override: true },
          ContentSecurityPolicy: Match.objectLike({ ContentSecurityPolicy: Match.anyValue() }),
        }),
      }),
    });
  });

  it('uploads the web assets with a config.json naming the API and the user pool', () => {
    const deployments = Object.entries(template.findResources('Custom::CDKBucketDeployment'));
    const [id, deployment] = deployments.find(([, resource]) => resource.Properties.Prune === true) ?? [];
    const markers = JSON.stringify(deployment?.Properties.SourceMarkers);
    expect(markers).toContain('HttpApi');
    expect(markers).toContain('UserPool');
    expect(deployment?.Properties.DistributionPaths).toEqual(['/*']);
    // Fixed names stay short-lived; the hashed chat files are the other deployment's.
    expect(deployment?.Properties.SystemMetadata).toEqual({ 'cache-control': 'public, max-age=300' });
    expect(deployment?.Properties.Exclude).toEqual([
      'postino-chat.*.js',
      'postino-chat.*.css',
      'postino-chat.*.js.LEGAL.txt',
    ]);
    expect(deployment?.DependsOn).toEqual(
      expect.arrayContaining([expect.stringMatching(/HashedDeployment/)]),
    );
    expect(id).toMatch(/Deployment/);
  });

  it('uploads the content-hashed chat bundle with immutable caching, never pruned', () => {
    const hashed = Object.values(template.findResources('Custom::CDKBucketDeployment')).find(
      (resource) => resource.Properties.Prune === false,
    );
    expect(hashed?.Properties.Include).toEqual([
      'postino-chat.*.js',
      'postino-chat.*.css',
      'postino-chat.*.js.LEGAL.txt',
    ]);
    expect(hashed?.Properties.Exclude).toEqual(['*']);
    expect(hashed?.Properties.SystemMetadata).toEqual({
      'cache-control': 'public, max-age=31536000, immutable',
    });
  });
});

describe('monitoring', () => {
  it('alarms on errors and throttles of each function, failed probes, an outage, the API, the table and chat 5xx, to the topic', () => {
    const alarms = Object.values(template.findResources('AWS::CloudWatch::Alarm')).map(
      (alarm) =>
        alarm.Properties as {
          MetricName?: string;
          Namespace?: string;
          Metrics?: Array<{
            Expression?: string;
            MetricStat?: { Metric: { Namespace: string; MetricName: string } };
          }>;
          AlarmActions: unknown[];
        },
    );
    const watched = alarms
      .map((alarm) => {
        const stat = alarm.Metrics?.[0]?.MetricStat?.Metric;
        if (stat) return `${stat.Namespace}/${stat.MetricName}`;
        return alarm.Metrics?.[0]?.Expression ?? `${alarm.Namespace}/${alarm.MetricName}`;
      })
      .sort();
    expect(watched).toEqual([
      'AWS/ApiGateway/5xx',
      'AWS/ApiGateway/Latency',
      'AWS/Lambda/Errors',
      'AWS/Lambda/Errors',
      'AWS/Lambda/Errors',
      'AWS/Lambda/Errors',
      'AWS/Lambda/Throttles',
      'AWS/Lambda/Throttles',
      'AWS/Lambda/Throttles',
      'AWS/Lambda/Throttles',
      'Postino/Http429',
      'SELECT SUM(OutageStarted) FROM Postino',
      'SELECT SUM(ProbeFailed) FROM Postino',
      'SELECT SUM(ServerErrors) FROM Postino',
      'reads + writes',
    ]);
    for (const alarm of alarms) expect(alarm.AlarmActions).toHaveLength(1);
    template.hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'email', Endpoint: 'ops@hln.it' });
  });

  it('has a dashboard with containment, handoff and CSAT', () => {
    const source = Object.values(template.findResources('AWS::CloudWatch::Dashboard'))[0]?.Properties
      .DashboardBody as string | { 'Fn::Join': [string, unknown[]] };
    // The body is JSON with region tokens spliced in: put a plain value in their place.
    const text =
      typeof source === 'string'
        ? source
        : source['Fn::Join'][1].map((part) => (typeof part === 'string' ? part : 'eu-south-1')).join('');
    const expressions = JSON.stringify(JSON.parse(text));
    for (const metric of ['ConversationsStarted', 'ResolvedByBot', 'HandedOff', 'Abandoned', 'Csat']) {
      expect(expressions).toContain(`SEARCH('{Postino,service} MetricName=\\"${metric}\\"`);
    }
    expect(expressions).toContain('100 * resolved / started');
    expect(expressions).toContain('100 * handedOff / started');
  });
});
