// Everything that can be replaced by redeploying: the functions, the HTTP API, the web
// hosting and the monitoring. It receives the stateful resources as props.
import { CfnOutput, Duration, Stack, type StackProps, Validations } from 'aws-cdk-lib';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import type { IUserPool, IUserPoolClient } from 'aws-cdk-lib/aws-cognito';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { Policy, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { CfnBucket } from 'aws-cdk-lib/aws-s3';
import type { ISource } from 'aws-cdk-lib/aws-s3-deployment';
import type { ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import type { Construct } from 'constructs';
import type { PostinoConfig } from '../config';
import { AgentFeed } from '../constructs/agent-feed';
import { ChatApi } from '../constructs/chat-api';
import { Monitoring } from '../constructs/monitoring';
import { PostinoFunction } from '../constructs/postino-function';
import { ProbeNetwork } from '../constructs/probe-network';
import { StreamApi } from '../constructs/stream-api';
import { grantTableAccess, TABLE_ACCESS, type TableAccess } from '../constructs/table-access';
import { VerifyReceiving } from '../constructs/verify-receiving';
import { WebHosting } from '../constructs/web-hosting';
import { FUNCTION_ENTRIES, FUNCTION_ENV, TABLE_SCHEMA } from '../runtime-contract';
import { inlineScriptHashes } from '../web-assets';
import { agentFunction, chatFunction, healthFunction } from './api-functions';

export interface StatelessStackProps extends StackProps {
  readonly config: PostinoConfig;
  /** Project root: entry files and package-lock.json are resolved from here. */
  readonly projectRoot: string;
  readonly table: ITable;
  readonly userPool: IUserPool;
  readonly userPoolClient: IUserPoolClient;
  readonly tokenSigningKey: ISecret;
  readonly directLineSecret: ISecret;
  /** The built widget and console (see web-assets.ts). */
  readonly webAssets: ISource;
}

/** Lambda stops the probe at 10 s; the probe gives up on the SMTP server at 8 s and answers. */
const PROBE_TIMEOUT = Duration.seconds(10);
const PROBE_DEADLINE_MS = 8_000;
/** Where Lambda unpacks the bundle, and the name the probe's CA file gets there. */
const LAMBDA_TASK_ROOT = '/var/task';
const PROBE_CA_NAME = 'probe-ca.pem';
/** The WebSocket stage: connects, keep-alives (one per open chat every 20 s) per second. */
const STREAM_RATE_LIMIT = 100;
const STREAM_BURST_LIMIT = 200;
const HEALTH_RATE = Duration.minutes(1);

export class StatelessStack extends Stack {
  public readonly web: WebHosting;
  public readonly probeNetwork?: ProbeNetwork;
  public readonly probe: PostinoFunction;
  public readonly chat: PostinoFunction;
  public readonly agent: PostinoFunction;
  public readonly api: ChatApi;
  public readonly stream: PostinoFunction;
  public readonly streamApi: StreamApi;
  public readonly agentFeed: AgentFeed;
  public readonly monitoring: Monitoring;
  public readonly configFiles: PostinoFunction;
  public readonly verify?: PostinoFunction;
  public readonly verifyReceiving?: VerifyReceiving;
  public readonly health: PostinoFunction;
  /** Outage mode's schedule (issue 12); absent with the context `healthSchedule=false`. */
  public readonly healthSchedule?: Rule;

  constructor(scope: Construct, id: string, props: StatelessStackProps) {
    super(scope, id, props);
    const { config } = props;
    const customDomain = config.customDomain;

    // The distribution comes first: its origin goes into the API's CORS and the chat function.
    this.web = new WebHosting(this, 'Web', {
      connectSources: [
        // The API id cannot be named here without a cycle (the API's CORS names this
        // distribution): any API Gateway endpoint of this region, nothing wider.
        `https://*.execute-api.${this.region}.${this.urlSuffix}`,
        // Issue 10: the Direct Line stream (WebSocket API).
        `wss://*.execute-api.${this.region}.${this.urlSuffix}`,
        // The console signs agents in with fetch to this host (web/agent/cognito-auth.ts).
        `https://cognito-idp.${this.region}.amazonaws.com`,
      ],
      scriptHashes: inlineScriptHashes(props.projectRoot),
      domainName: customDomain,
      certificate:
        config.certificateArn === undefined
          ? undefined
          : Certificate.fromCertificateArn(this, 'Certificate', config.certificateArn),
    });
    const browserOrigins = [
      ...config.allowedOrigins,
      this.web.origin,
      ...(customDomain === undefined ? [] : [`https://${customDomain}`]),
    ];

    if (config.probeInVpc) {
      this.probeNetwork = new ProbeNetwork(this, 'ProbeNetwork', { smtpPorts: config.probePorts });
    }
    this.probe = this.probeFunction(props);
    this.stream = this.streamFunction(props);
    // Issue 10: the stream's WebSocket API. Without polling a chat makes ~1 request per message
    // over HTTP and a keep-alive every 20 s over the socket (see README, "Real time").
    this.streamApi = new StreamApi(this, 'Stream', {
      streamFunction: this.stream.function,
      rateLimit: STREAM_RATE_LIMIT,
      burstLimit: STREAM_BURST_LIMIT,
    });
    // Issue 10: the agents' live feed, a WebSocket API of its own (README, "The agents' console").
    this.agentFeed = new AgentFeed(this, 'AgentFeed', {
      projectRoot: props.projectRoot,
      table: props.table,
      userPool: props.userPool,
      userPoolClient: props.userPoolClient,
    });
    this.chat = chatFunction(this, props, browserOrigins);
    this.agent = agentFunction(this, props);
    this.health = healthFunction(this, props);
    // All three post to the customers' open streams (agents' messages, all-clears) and to the
    // agents' live feed (queue changes, the outage card).
    for (const fn of [this.chat, this.agent, this.health]) {
      this.streamApi.grantManageConnections(fn.role);
      this.agentFeed.api.grantManageConnections(fn.role);
    }
    if (config.healthSchedule) {
      this.healthSchedule = new Rule(this, 'HealthSchedule', {
        description: 'Postino: outage mode health check of the SMTP server, every minute',
        schedule: Schedule.rate(HEALTH_RATE),
        // A missed minute is not worth a retry: the next one comes anyway.
        targets: [new LambdaFunction(this.health.function, { retryAttempts: 0 })],
      });
    }
    // The API invokes the stream function: its grant is a policy of its own (no dependency cycle).
    const streamConnections = new Policy(this, 'StreamManageConnections', {
      roles: [this.stream.role],
      statements: [this.streamApi.manageConnectionsStatement()],
    });
    this.streamApi.acknowledgeConnectionsWildcard(streamConnections);
    this.configFiles = this.configFilesFunction(props);
    if (config.verifyDomain !== undefined) {
      this.verify = this.verifyFunction(props, config.verifyDomain);
      this.verifyReceiving = new VerifyReceiving(this, 'VerifyReceiving', {
        domain: config.verifyDomain,
        verifyFunction: this.verify.function,
      });
      this.verify.function.addEnvironment(FUNCTION_ENV.verify.bucket, this.verifyReceiving.bucket.bucketName);
      this.verify.function.addEnvironment(FUNCTION_ENV.verify.prefix, this.verifyReceiving.prefix);
      // Read and delete, under the prefix only.
      this.verify.role.addToPrincipalPolicy(
        new PolicyStatement({
          actions: ['s3:GetObject', 's3:DeleteObject'],
          resources: [this.verifyReceiving.bucket.arnForObjects(`${this.verifyReceiving.prefix}*`)],
        }),
      );
      const bucketId = this.getLogicalId(this.verifyReceiving.bucket.node.defaultChild as CfnBucket);
      Validations.of(this.verify.role).acknowledge({
        id: `AwsSolutions-IAM5[Resource::<${bucketId}.Arn>/${this.verifyReceiving.prefix}*]`,
        reason:
          'SES names each message by its message id, unknown in advance: read and delete under the prefix only.',
      });
      this.chat.function.addEnvironment(FUNCTION_ENV.chat.verifyDomain, config.verifyDomain);
    }

    this.api = new ChatApi(this, 'Http', {
      chatFunction: this.chat.function,
      agentFunction: this.agent.function,
      userPool: props.userPool,
      userPoolClient: props.userPoolClient,
      allowedOrigins: browserOrigins,
      rateLimit: config.apiRateLimit,
      burstLimit: config.apiBurstLimit,
      configFilesFunction: this.configFiles.function,
    });
    this.web.deploy(props.webAssets, {
      apiUrl: this.api.url,
      directLineDomain: `${this.api.url}v3/directline`,
      agentAuth: {
        region: this.region,
        userPoolId: props.userPool.userPoolId,
        userPoolClientId: props.userPoolClient.userPoolClientId,
      },
      agentLiveUrl: this.agentFeed.api.url,
    });

    this.monitoring = new Monitoring(this, 'Monitoring', {
      functions: {
        Chat: this.chat.function,
        Probe: this.probe.function,
        Agent: this.agent.function,
        Health: this.health.function,
      },
      alarmEmail: config.alarmEmail,
      api: { httpApi: this.api.api, accessLogs: this.api.accessLogs },
      table: props.table,
    });

    new CfnOutput(this, 'ApiUrl', { value: this.api.url, description: 'HTTP API base URL' });
    new CfnOutput(this, 'WebUrl', { value: this.web.origin, description: 'Widget script and agent console' });
  }

  private probeFunction(props: StatelessStackProps): PostinoFunction {
    const { config, table } = props;
    const env = FUNCTION_ENV.probe;
    const probe = new PostinoFunction(this, 'Probe', {
      projectRoot: props.projectRoot,
      entry: FUNCTION_ENTRIES.probe,
      description: 'Postino: probes the SMTP server (ports, TLS, certificate, AUTH)',
      timeout: PROBE_TIMEOUT,
      memorySize: 256,
      // A flood of chats must not become a flood of connections to Halnet's SMTP server.
      // 0: no reservation (an account whose quota cannot spare one; README, Configure).
      reservedConcurrentExecutions: config.probeConcurrency === 0 ? undefined : config.probeConcurrency,
      environment: {
        [env.tableName]: table.tableName,
        [env.host]: config.probeHost,
        [env.ports]: config.probePorts.join(','),
        [env.deadlineMs]: String(PROBE_DEADLINE_MS),
        // Outside the probe VPC AWS blocks outbound 25: the probe then skips it instead of waiting on it.
        [env.port25Blocked]: String(!config.probeInVpc),
        ...(config.probeCaFile === undefined ? {} : { [env.caFile]: `${LAMBDA_TASK_ROOT}/${PROBE_CA_NAME}` }),
      },
      extraFiles: config.probeCaFile === undefined ? undefined : { [PROBE_CA_NAME]: config.probeCaFile },
      vpc: this.probeNetwork?.vpc,
      securityGroups: this.probeNetwork === undefined ? undefined : [this.probeNetwork.securityGroup],
    });
    this.grantTable(probe, table, TABLE_ACCESS.probe);
    return probe;
  }

  /** Issue 10: the WebSocket routes ($connect checks the stream token; backlog; keep-alive). */
  private streamFunction(props: StatelessStackProps): PostinoFunction {
    const env = FUNCTION_ENV.stream;
    const stream = new PostinoFunction(this, 'StreamFn', {
      projectRoot: props.projectRoot,
      entry: FUNCTION_ENTRIES.stream,
      description: 'Postino: Direct Line stream (WebSocket connect, disconnect, keep-alive, backlog)',
      timeout: Duration.seconds(10),
      secretsExtension: true,
      environment: {
        [env.tableName]: props.table.tableName,
        [env.tokenSigningKeySecretArn]: props.tokenSigningKey.secretArn,
      },
    });
    this.grantTable(stream, props.table, TABLE_ACCESS.stream);
    stream.role.addToPrincipalPolicy(
      new PolicyStatement({
        actions: ['secretsmanager:GetSecretValue'],
        resources: [props.tokenSigningKey.secretArn],
      }),
    );
    // The asynchronous catch-up invokes the function itself: a policy of its own (the
    // function does not wait for it), so its ARN creates no dependency cycle.
    new Policy(this, 'StreamSelfInvoke', {
      roles: [stream.role],
      statements: [
        new PolicyStatement({ actions: ['lambda:InvokeFunction'], resources: [stream.function.functionArn] }),
      ],
    });
    return stream;
  }

  /** The configuration files (issue 12): no table, Halnet's CA bundled when probeCaFile is set. */
  private configFilesFunction(props: StatelessStackProps): PostinoFunction {
    const { config } = props;
    return new PostinoFunction(this, 'ConfigFiles', {
      projectRoot: props.projectRoot,
      entry: FUNCTION_ENTRIES.configFiles,
      description:
        'Postino: configuration files (Apple profile, Thunderbird autoconfig, Outlook Autodiscover)',
      timeout: Duration.seconds(10),
      memorySize: 256,
      environment:
        config.probeCaFile === undefined
          ? {}
          : { [FUNCTION_ENV.configFiles.caFile]: `${LAMBDA_TASK_ROOT}/${PROBE_CA_NAME}` },
      extraFiles: config.probeCaFile === undefined ? undefined : { [PROBE_CA_NAME]: config.probeCaFile },
    });
  }

  /** The verified resolution's receiving side (issue 12): SES → S3 → this function. */
  private verifyFunction(props: StatelessStackProps, domain: string): PostinoFunction {
    const { config, table } = props;
    const env = FUNCTION_ENV.verify;
    const verify = new PostinoFunction(this, 'Verify', {
      projectRoot: props.projectRoot,
      entry: FUNCTION_ENTRIES.verify,
      description: 'Postino: reads test messages (SES receiving) and posts the verdict',
      timeout: Duration.seconds(30),
      memorySize: 512,
      environment: {
        [env.tableName]: table.tableName,
        [env.retentionDays]: String(config.retentionDays),
        [env.domain]: domain,
        [env.submissionHosts]: config.probeHost,
      },
    });
    this.grantTable(verify, table, TABLE_ACCESS.verify);
    return verify;
  }

  /** The table's least-privilege grant for one function (table-access.ts). */
  grantTable(fn: PostinoFunction, table: ITable, access: TableAccess): void {
    grantTableAccess(fn.role, { table, access, queueIndexName: TABLE_SCHEMA.queueIndex.name });
  }

  /** Lets a function invoke the probe function, and nothing else. */
  grantProbeInvoke(fn: PostinoFunction): void {
    // Exactly the probe function: grantInvoke would add a `:*` qualifier wildcard (cdk-nag IAM5).
    fn.role.addToPrincipalPolicy(
      new PolicyStatement({
        actions: ['lambda:InvokeFunction'],
        resources: [this.probe.function.functionArn],
      }),
    );
  }
}
