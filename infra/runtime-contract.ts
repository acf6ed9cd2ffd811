// What the deployed functions and the infrastructure must agree on, stated once on the infra
// side: environment variable names per function, the metric namespace and names, the routes.
// infra/ may not import runtime modules (synth must not run Lambda start-up code), so these are
// restated here; test/infra checks them against functions/ and adapters/.

/** Environment variable names, one record per Lambda entry point. */
export const FUNCTION_ENV = {
  chat: {
    tableName: 'TABLE_NAME',
    tokenSigningKeySecretArn: 'TOKEN_SIGNING_KEY_SECRET_ARN',
    directLineSecretArn: 'DIRECTLINE_SECRET_ARN',
    allowedOrigins: 'ALLOWED_ORIGINS',
    probeFunctionName: 'PROBE_FUNCTION_NAME',
    retentionDays: 'RETENTION_DAYS',
    workingHours: 'WORKING_HOURS',
    handoffClaimTimeoutSeconds: 'HANDOFF_CLAIM_TIMEOUT_S',
    streamUrl: 'STREAM_URL',
    streamEndpoint: 'STREAM_ENDPOINT',
    agentFeedEndpoint: 'AGENT_FEED_ENDPOINT',
    /** Set only with the verifyDomain context (verified resolution). */
    verifyDomain: 'VERIFY_DOMAIN',
    /** Outage mode (issue 12): a turn's probe counts as a health check, with the same N/M. */
    failuresToOpen: 'OUTAGE_FAILURES_TO_OPEN',
    healthyMinutes: 'OUTAGE_HEALTHY_MINUTES',
  },
  probe: {
    tableName: 'TABLE_NAME',
    host: 'PROBE_HOST',
    ports: 'PROBE_PORTS',
    caFile: 'PROBE_CA_FILE',
    deadlineMs: 'PROBE_DEADLINE_MS',
    port25Blocked: 'PROBE_PORT25_BLOCKED',
  },
  agent: {
    tableName: 'TABLE_NAME',
    probeFunctionName: 'PROBE_FUNCTION_NAME',
    workingHours: 'WORKING_HOURS',
    handoffClaimTimeoutSeconds: 'HANDOFF_CLAIM_TIMEOUT_S',
    retentionDays: 'RETENTION_DAYS',
    userPoolId: 'AGENT_USER_POOL_ID',
    userPoolClientId: 'AGENT_USER_POOL_CLIENT_ID',
    streamEndpoint: 'STREAM_ENDPOINT',
    agentFeedEndpoint: 'AGENT_FEED_ENDPOINT',
  },
  stream: {
    tableName: 'TABLE_NAME',
    tokenSigningKeySecretArn: 'TOKEN_SIGNING_KEY_SECRET_ARN',
  },
  agentFeed: {
    tableName: 'TABLE_NAME',
    userPoolId: 'AGENT_USER_POOL_ID',
    userPoolClientId: 'AGENT_USER_POOL_CLIENT_ID',
  },
  configFiles: {
    /** Set only with the probeCaFile context: Halnet's CA, bundled, goes into Apple profiles. */
    caFile: 'CONFIG_CA_FILE',
  },
  // Outage mode's scheduled health check (issue 12).
  health: {
    tableName: 'TABLE_NAME',
    probeFunctionName: 'PROBE_FUNCTION_NAME',
    retentionDays: 'RETENTION_DAYS',
    streamEndpoint: 'STREAM_ENDPOINT',
    agentFeedEndpoint: 'AGENT_FEED_ENDPOINT',
    failuresToOpen: 'OUTAGE_FAILURES_TO_OPEN',
    healthyMinutes: 'OUTAGE_HEALTHY_MINUTES',
  },
  verify: {
    tableName: 'TABLE_NAME',
    retentionDays: 'RETENTION_DAYS',
    bucket: 'VERIFY_BUCKET',
    prefix: 'VERIFY_PREFIX',
    domain: 'VERIFY_DOMAIN',
    submissionHosts: 'VERIFY_SUBMISSION_HOSTS',
  },
} as const;

/**
 * Variables the functions read that FUNCTION_ENV does not set, with who sets them or why
 * nobody does on AWS. Every name a function's configuration reads is either in FUNCTION_ENV or
 * here (test/infra/function-env.test.ts checks both ways), so a new setting cannot silently
 * miss the deployment.
 */
export const OTHER_FUNCTION_ENV = {
  chat: {
    PARAMETERS_SECRETS_EXTENSION_HTTP_PORT: 'set by CDK with the secrets extension layer (secretsExtension)',
    DYNAMODB_ENDPOINT: 'local only: dynalite',
    LAMBDA_ENDPOINT: "local only: the local server's Lambda Invoke route",
    TOKEN_SIGNING_KEY: 'local only: on AWS the key is read from Secrets Manager by ARN',
    DIRECTLINE_SECRET: 'local only: on AWS the secret is read from Secrets Manager by ARN',
    PUBLIC_TOKENS_PER_MINUTE: 'the code default (10 per client address) is the intended limit',
    MAX_BODY_BYTES: 'the code default (64 KiB) is the intended limit',
  },
  probe: {
    DYNAMODB_ENDPOINT: 'local only: dynalite',
    PROBE_CACHE_MS: 'the code default (~60 s) is the intended cache age',
    PROBE_STEP_TIMEOUT_MS: 'the code default (3 s per step) fits inside PROBE_DEADLINE_MS',
    PROBE_ALLOW_PRIVATE: 'tests and demos only: never on AWS',
    PROBE_DEEP_CHECKS: 'the code default (on: TLS versions, no SNI, every address) is intended on AWS',
    PROBE_EHLO_NAME: 'the code default names Postino',
    PROBE_CONNECT_PORTS: 'tests and demos only (local SMTP fixtures)',
  },
  agent: {
    DYNAMODB_ENDPOINT: 'local only: dynalite',
    LAMBDA_ENDPOINT: "local only: the local server's Lambda Invoke route",
  },
  stream: {
    PARAMETERS_SECRETS_EXTENSION_HTTP_PORT: 'set by CDK with the secrets extension layer (secretsExtension)',
    DYNAMODB_ENDPOINT: 'local only: dynalite',
    TOKEN_SIGNING_KEY: 'local only: on AWS the key is read from Secrets Manager by ARN',
  },
  agentFeed: {
    DYNAMODB_ENDPOINT: 'local only: dynalite',
  },
  configFiles: {
    CONFIG_SIGNING_CERT_FILE:
      'signing runs the openssl binary, which the Node.js Lambda runtime lacks: sign where openssl exists (npm start, a container image)',
    CONFIG_SIGNING_KEY_FILE: 'with CONFIG_SIGNING_CERT_FILE',
    CONFIG_SIGNING_CHAIN_FILE: 'with CONFIG_SIGNING_CERT_FILE',
  },
  health: {
    DYNAMODB_ENDPOINT: 'local only: dynalite',
    LAMBDA_ENDPOINT: "local only: the local server's Lambda Invoke route",
  },
  verify: {
    DYNAMODB_ENDPOINT: 'local only: dynalite',
    VERIFY_MAX_BYTES: 'the code default (256 KiB) is the intended limit',
  },
} as const satisfies Record<FunctionName, Record<string, string>>;

/** Set on every function by PostinoFunction so Powertools needs no code-level configuration. */
export const POWERTOOLS_ENV = {
  POWERTOOLS_SERVICE_NAME: 'postino',
  POWERTOOLS_METRICS_NAMESPACE: 'Postino',
  POWERTOOLS_LOG_LEVEL: 'INFO',
} as const;

/**
 * CloudWatch metrics the functions emit (Powertools Metrics, EMF), namespace `Postino`, unit
 * Count unless said otherwise, with whatever `service` dimension the emitting function uses.
 */
export const METRICS = {
  namespace: POWERTOOLS_ENV.POWERTOOLS_METRICS_NAMESPACE,
  conversationsStarted: 'ConversationsStarted',
  resolvedByBot: 'ResolvedByBot',
  handedOff: 'HandedOff',
  abandoned: 'Abandoned',
  /** One data point per answer to the satisfaction question, value 1..5. */
  csat: 'Csat',
  /** One data point per probe run that could not complete the SMTP dialogue with the server. */
  probeFailed: 'ProbeFailed',
  /**
   * One data point per chat-function answer with a 5xx status (e.g. 503 while the table is
   * unreachable): the function returns those as normal responses, so Lambda's Errors miss them.
   */
  serverErrors: 'ServerErrors',
  /** From the HTTP API access log (a metric filter): answers with status 429. */
  http429: 'Http429',
  // Outage mode (issue 12), from the health function (checks) and the agent function (by hand).
  /** An outage of Halnet's server began (detected by the health checks, or set by an agent). */
  outageStarted: 'OutageStarted',
  outageEnded: 'OutageEnded',
  /** At an outage's end: the conversations that got the known-problem answer during it. */
  outageAffectedConversations: 'OutageAffectedConversations',
  /** At an outage's end: how many of them were told the service is back. */
  outageAllClearsDelivered: 'OutageAllClearsDelivered',
} as const;

/** Entry files, relative to the project root: the same files `npm start` runs. */
export const FUNCTION_ENTRIES = {
  chat: 'functions/directline.ts',
  probe: 'functions/probe.ts',
  agent: 'functions/agent.ts',
  stream: 'functions/stream.ts',
  agentFeed: 'functions/agent-feed.ts',
  configFiles: 'functions/config-files.ts',
  /** Outage mode's health check, every minute (issue 12). */
  health: 'functions/health.ts',
  /** Deployed only with the verifyDomain context. */
  verify: 'functions/verify.ts',
} as const;

export type FunctionName = keyof typeof FUNCTION_ENTRIES;

/** HTTP API routes: Direct Line for the widget (token-authorised by the function itself), and
 * the agent API behind the Cognito JWT authorizer. */
export const ROUTES = {
  directLine: [{ path: '/v3/directline/{proxy+}', methods: ['GET', 'POST'] }],
  // The console's API lives under /agent/api/ (core/handoff/agent-api.ts AGENT_ROUTES): GET, POST
  // and, for the outage's set and clear (issue 12), PUT.
  agent: [{ path: '/agent/{proxy+}', methods: ['GET', 'POST', 'PUT'] }],
  // Public: the download page and the paths mail programs look up (core/config-files).
  configFiles: [
    { path: '/config/{proxy+}', methods: ['GET', 'POST'] },
    { path: '/.well-known/autoconfig/mail/config-v1.1.xml', methods: ['GET'] },
    { path: '/mail/config-v1.1.xml', methods: ['GET'] },
    { path: '/autodiscover/autodiscover.xml', methods: ['POST'] },
    { path: '/Autodiscover/Autodiscover.xml', methods: ['POST'] },
  ],
} as const;

/**
 * Request headers the widget and the console send cross-origin: Direct Line needs
 * x-ms-bot-agent, and DirectLineJS's rxjs ajax adds X-Requested-With to every request. API
 * Gateway answers the preflight itself, so a header missing here blocks the widget.
 */
export const CORS_HEADERS = ['Authorization', 'Content-Type', 'x-ms-bot-agent', 'X-Requested-With'] as const;

/** Key names of the one table; must equal adapters/dynamo/table.ts (a test compares them). */
export const TABLE_SCHEMA = {
  partitionKey: 'PK',
  sortKey: 'SK',
  queueIndex: { name: 'GSI1', partitionKey: 'GSI1PK', sortKey: 'GSI1SK' },
  ttlAttribute: 'ttl',
  /** The partition of the agents' console connections (adapters/dynamo/agent-connections.ts). */
  agentFeedPartition: 'AGENTFEED',
} as const;

/** The web build (web/build.ts, esbuild) writes the widget and the console into outputDir. */
export const WEB_BUILD = {
  sourceDir: 'web',
  command: ['npx', '--no-install', 'tsx', 'web/build.ts'],
  outputDir: 'web/dist',
  /** HTML pages the build copies verbatim: their inline scripts are allowed by hash in the CSP. */
  htmlSources: ['web/site/index.html', 'web/agent/index.html'],
} as const;
