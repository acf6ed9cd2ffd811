// The agents' live feed on AWS (issue 10): a WebSocket API of its own, apart from the
// customers' Direct Line stream, and the small function behind its routes
// (functions/agent-feed.ts). `$connect` verifies the agent's Cognito token (the pool and app
// client the HTTP API's authorizer trusts) before the socket is accepted and records the
// connection; the chat and agent functions then post the feed's events to it (they get
// `grantManageConnections` on `api`). The function may only put and delete items of the
// agents' connections' partition: no secret, no conversation, no other table item.
import { Duration } from 'aws-cdk-lib';
import type { IUserPool, IUserPoolClient } from 'aws-cdk-lib/aws-cognito';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';
import { FUNCTION_ENTRIES, FUNCTION_ENV, TABLE_SCHEMA } from '../runtime-contract';
import { PostinoFunction } from './postino-function';
import { StreamApi } from './stream-api';
import { grantTableAccess, TABLE_ACCESS } from './table-access';

export interface AgentFeedProps {
  /** Project root: the entry file and package-lock.json are resolved from here. */
  readonly projectRoot: string;
  readonly table: ITable;
  readonly userPool: IUserPool;
  readonly userPoolClient: IUserPoolClient;
}

/** A console connects about once an hour (its token's life) and pings every 4 minutes. */
const RATE_LIMIT = 10;
const BURST_LIMIT = 20;

export class AgentFeed extends Construct {
  public readonly fn: PostinoFunction;
  public readonly api: StreamApi;

  constructor(scope: Construct, id: string, props: AgentFeedProps) {
    super(scope, id);
    const env = FUNCTION_ENV.agentFeed;
    this.fn = new PostinoFunction(this, 'Function', {
      projectRoot: props.projectRoot,
      entry: FUNCTION_ENTRIES.agentFeed,
      description:
        "Postino: agents' live feed (WebSocket connect with the Cognito token, disconnect, keep-alive)",
      timeout: Duration.seconds(10),
      memorySize: 256,
      environment: {
        [env.tableName]: props.table.tableName,
        [env.userPoolId]: props.userPool.userPoolId,
        [env.userPoolClientId]: props.userPoolClient.userPoolClientId,
      },
    });
    grantTableAccess(this.fn.role, {
      table: props.table,
      access: TABLE_ACCESS.agentFeed,
      queueIndexName: TABLE_SCHEMA.queueIndex.name,
    });
    this.api = new StreamApi(this, 'Api', {
      streamFunction: this.fn.function,
      rateLimit: RATE_LIMIT,
      burstLimit: BURST_LIMIT,
      description: "Postino: agents' live feed (queue and conversation events pushed to the console)",
      connectCheck:
        "The agent feed function authorises $connect itself: it verifies the agent's Cognito token " +
        '(signature by the user pool, issuer, app client, expiry) before the connection is accepted, ' +
        'as the HTTP API authorizer does for the agent routes; the other routes exist only on accepted ' +
        'connections.',
    });
  }
}
