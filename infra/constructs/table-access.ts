// Least-privilege DynamoDB grants: per function, exactly the item actions its adapters send
// (adapters/dynamo/*), on the table by exact ARN, and Query alone on the queue index by exact
// ARN. The CDK grant helpers (grantReadWriteData) would add actions nobody uses and an
// `index/*` wildcard (cdk-nag IAM5). test/infra/grants.test.ts checks these lists against the
// commands the adapters' code sends.
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { IGrantable } from 'aws-cdk-lib/aws-iam';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { TABLE_SCHEMA } from '../runtime-contract';

export interface TableAccess {
  /** Item actions on the table itself. */
  readonly table: readonly string[];
  /** Actions on the queue index (GSI1); empty: no index access. */
  readonly queueIndex: readonly string[];
  /** Only items of these partitions (IAM `dynamodb:LeadingKeys`). @default - any item */
  readonly partitions?: readonly string[];
}

/** Which function may do what, and which adapter call needs it. */
export const TABLE_ACCESS = {
  chat: {
    // conversation-store: create/append (Put), head/activitiesAfter (Query), updateMeta (Update);
    // handoff-queue: enqueue/cancel/setCallback (Update); daily-stats.add: STATS#<day> counters (Update).
    // stream-connections (issue 10): advance (Update), a gone connection's records (Delete).
    // Outage mode (issue 12): the outage record and handoff-board.get (Get), a join (Update),
    // the group (Query) when a late join sends its own all-clear.
    table: [
      'dynamodb:GetItem',
      'dynamodb:PutItem',
      'dynamodb:Query',
      'dynamodb:UpdateItem',
      'dynamodb:DeleteItem',
    ],
    // handoff-queue.position: the customer's place in the queue.
    queueIndex: ['dynamodb:Query'],
  },
  agent: {
    // The chat's actions (its turns run here too) plus handoff-board.get and
    // agent-directory.get (Get), agent-directory.touch (Put), daily-stats.read (BatchGet).
    table: [
      'dynamodb:GetItem',
      'dynamodb:PutItem',
      'dynamodb:UpdateItem',
      'dynamodb:Query',
      'dynamodb:BatchGetItem',
      // stream-connections (issue 10): a gone connection's records.
      'dynamodb:DeleteItem',
    ],
    // handoff-board.list, handoff-queue.position, agent-directory.list.
    queueIndex: ['dynamodb:Query'],
  },
  // probe-cache: get and put of PROBE#<host> results.
  probe: { table: ['dynamodb:GetItem', 'dynamodb:PutItem'], queueIndex: [] },
  // Issue 10, the stream function: stream-connections add/get/of/advance/remove, and the
  // conversation store's head and activitiesAfter (Query) for the catch-up.
  stream: {
    table: [
      'dynamodb:PutItem',
      'dynamodb:GetItem',
      'dynamodb:Query',
      'dynamodb:UpdateItem',
      'dynamodb:DeleteItem',
    ],
    queueIndex: [],
  },
  // Issue 10, the agents' live feed function: agent-connections add (Put) at $connect and
  // remove (Delete) at $disconnect, in the agents' connections' partition and nowhere else.
  agentFeed: {
    table: ['dynamodb:PutItem', 'dynamodb:DeleteItem'],
    queueIndex: [],
    partitions: [TABLE_SCHEMA.agentFeedPartition],
  },
  // Outage mode's health check (issue 12): the outage record (Get, conditional Put/Update) and its
  // group (Query, Update); the all-clears' turns: conversation-store head (Query), append (Put),
  // updateMeta (Update), handoff-board.get (Get), daily-stats.add (Update); stream-connections:
  // a gone connection's records (Delete).
  health: {
    table: [
      'dynamodb:GetItem',
      'dynamodb:PutItem',
      'dynamodb:UpdateItem',
      'dynamodb:Query',
      'dynamodb:DeleteItem',
    ],
    queueIndex: [],
  },
  // verify-code-store: state (Get), consume and saveResult (Update); the verdict's turn:
  // conversation-store head (Query) and append (Put).
  verify: {
    table: ['dynamodb:GetItem', 'dynamodb:UpdateItem', 'dynamodb:Query', 'dynamodb:PutItem'],
    queueIndex: [],
  },
} as const satisfies Record<string, TableAccess>;

export interface TableGrant {
  readonly table: ITable;
  readonly access: TableAccess;
  /** The queue index's name. */
  readonly queueIndexName: string;
}

export function grantTableAccess(grantee: IGrantable, grant: TableGrant): void {
  const principal = grantee.grantPrincipal;
  const { partitions } = grant.access;
  principal.addToPrincipalPolicy(
    new PolicyStatement({
      actions: [...grant.access.table],
      resources: [grant.table.tableArn],
      ...(partitions
        ? { conditions: { 'ForAllValues:StringEquals': { 'dynamodb:LeadingKeys': [...partitions] } } }
        : {}),
    }),
  );
  if (grant.access.queueIndex.length === 0) return;
  principal.addToPrincipalPolicy(
    new PolicyStatement({
      actions: [...grant.access.queueIndex],
      resources: [`${grant.table.tableArn}/index/${grant.queueIndexName}`],
    }),
  );
}
