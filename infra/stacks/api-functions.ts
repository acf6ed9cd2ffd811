// The functions behind the HTTP API and outage mode (chat, agent, health), apart from the
// stack's wiring: what each is told (environment), and the least-privilege grants each gets on
// the table and the probe function. Construct ids stay the stack's own (scope: the stack).
import { Duration } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { PostinoConfig } from '../config';
import { PostinoFunction } from '../constructs/postino-function';
import { TABLE_ACCESS } from '../constructs/table-access';
import { FUNCTION_ENTRIES, FUNCTION_ENV } from '../runtime-contract';
import type { StatelessStack, StatelessStackProps } from './stateless-stack';

/** A chat turn or an agent action may wait for a whole probe. */
const API_FUNCTION_TIMEOUT = Duration.seconds(20);
/** Outage mode's check (issue 12): a probe (≤ 12 s) and, at an outage's end, the all-clears. */
const HEALTH_TIMEOUT = Duration.seconds(50);

export function chatFunction(
  stack: StatelessStack,
  props: StatelessStackProps,
  browserOrigins: string[],
): PostinoFunction {
  const { config, table } = props;
  const env = FUNCTION_ENV.chat;
  const chat = new PostinoFunction(stack, 'Chat', {
    projectRoot: props.projectRoot,
    entry: FUNCTION_ENTRIES.chat,
    description: 'Postino: Direct Line 3.0 API and the bot',
    timeout: API_FUNCTION_TIMEOUT,
    secretsExtension: true,
    environment: {
      [env.tableName]: table.tableName,
      [env.tokenSigningKeySecretArn]: props.tokenSigningKey.secretArn,
      [env.directLineSecretArn]: props.directLineSecret.secretArn,
      [env.allowedOrigins]: browserOrigins.join(','),
      [env.probeFunctionName]: stack.probe.function.functionName,
      [env.retentionDays]: String(config.retentionDays),
      [env.workingHours]: config.workingHours,
      [env.handoffClaimTimeoutSeconds]: String(config.handoffClaimTimeoutSeconds),
      [env.streamUrl]: stack.streamApi.url,
      [env.streamEndpoint]: stack.streamApi.managementEndpoint,
      [env.agentFeedEndpoint]: stack.agentFeed.api.managementEndpoint,
      ...outagePolicyEnv(config, env),
    },
  });
  stack.grantTable(chat, table, TABLE_ACCESS.chat);
  stack.grantProbeInvoke(chat);
  // GetSecretValue alone: the secrets extension reads the value and nothing else (grantRead
  // would add DescribeSecret).
  chat.role.addToPrincipalPolicy(
    new PolicyStatement({
      actions: ['secretsmanager:GetSecretValue'],
      resources: [props.tokenSigningKey.secretArn, props.directLineSecret.secretArn],
    }),
  );
  return chat;
}

export function agentFunction(stack: StatelessStack, props: StatelessStackProps): PostinoFunction {
  const { config, table } = props;
  const env = FUNCTION_ENV.agent;
  const agent = new PostinoFunction(stack, 'Agent', {
    projectRoot: props.projectRoot,
    entry: FUNCTION_ENTRIES.agent,
    description: 'Postino: agent console API (queue, claim, messages, handback)',
    timeout: API_FUNCTION_TIMEOUT,
    environment: {
      [env.tableName]: table.tableName,
      [env.probeFunctionName]: stack.probe.function.functionName,
      [env.workingHours]: config.workingHours,
      [env.handoffClaimTimeoutSeconds]: String(config.handoffClaimTimeoutSeconds),
      [env.retentionDays]: String(config.retentionDays),
      [env.userPoolId]: props.userPool.userPoolId,
      [env.userPoolClientId]: props.userPoolClient.userPoolClientId,
      [env.streamEndpoint]: stack.streamApi.managementEndpoint,
      [env.agentFeedEndpoint]: stack.agentFeed.api.managementEndpoint,
    },
  });
  stack.grantTable(agent, table, TABLE_ACCESS.agent);
  stack.grantProbeInvoke(agent);
  return agent;
}

/** Outage mode's health check (issue 12): a fresh probe each minute, counted; all-clears at the end. */
export function healthFunction(stack: StatelessStack, props: StatelessStackProps): PostinoFunction {
  const { config, table } = props;
  const env = FUNCTION_ENV.health;
  const health = new PostinoFunction(stack, 'Health', {
    projectRoot: props.projectRoot,
    entry: FUNCTION_ENTRIES.health,
    description: 'Postino: outage mode health check (probe every minute, all-clears)',
    timeout: HEALTH_TIMEOUT,
    environment: {
      [env.tableName]: table.tableName,
      [env.probeFunctionName]: stack.probe.function.functionName,
      [env.retentionDays]: String(config.retentionDays),
      [env.streamEndpoint]: stack.streamApi.managementEndpoint,
      [env.agentFeedEndpoint]: stack.agentFeed.api.managementEndpoint,
      ...outagePolicyEnv(config, env),
    },
  });
  stack.grantTable(health, table, TABLE_ACCESS.health);
  stack.grantProbeInvoke(health);
  return health;
}

/** Outage mode's N and M (issue 12), set only when the context gives them (else the code's defaults). */
function outagePolicyEnv(
  config: PostinoConfig,
  env: { failuresToOpen: string; healthyMinutes: string },
): Record<string, string> {
  return {
    ...(config.outageFailuresToOpen === undefined
      ? {}
      : { [env.failuresToOpen]: String(config.outageFailuresToOpen) }),
    ...(config.outageHealthyMinutes === undefined
      ? {}
      : { [env.healthyMinutes]: String(config.outageHealthyMinutes) }),
  };
}
