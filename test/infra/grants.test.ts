// Least privilege per function, read from the synthesized roles: exactly the DynamoDB actions
// each function's adapters send (checked against the commands in their sources), Query alone
// on the queue index, the probe invocable by exactly its ARN, the secrets by GetSecretValue,
// and no wildcard action anywhere in a Postino function's role.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { TABLE_ACCESS } from '../../infra/constructs/table-access';
import { FUNCTION_ENTRIES, type FunctionName } from '../../infra/runtime-contract';
import { functionSources, REPO_ROOT } from './function-sources';
import { asList, synthPostino } from './synth-fixture';

// With verifyDomain: the optional verify function is checked like the others.
const { statelessTemplate: template } = synthPostino({ verifyDomain: 'verifica.example.it' });

interface Statement {
  Effect: string;
  Action: string | string[];
  Resource: unknown;
}

/** The statements of the role that runs `entry` (its policies and inline policies). */
function statementsOf(entry: string): Statement[] {
  const roles = template.findResources('AWS::IAM::Role', { Properties: { Description: `Runs ${entry}` } });
  const [roleId] = Object.keys(roles);
  const inline = (roles[roleId as string]?.Properties.Policies ?? []).flatMap(
    (policy: { PolicyDocument: { Statement: Statement[] } }) => policy.PolicyDocument.Statement,
  );
  const attached = Object.values(template.findResources('AWS::IAM::Policy'))
    .filter((policy) => JSON.stringify(policy.Properties.Roles) === JSON.stringify([{ Ref: roleId }]))
    .flatMap((policy) => policy.Properties.PolicyDocument.Statement as Statement[]);
  return [...inline, ...attached];
}

/** Actions allowed on resources whose rendering matches `resource`. */
function actionsOn(statements: Statement[], service: string, resource: RegExp): string[] {
  return statements
    .filter((statement) => asList(statement.Resource).some((r) => resource.test(JSON.stringify(r))))
    .flatMap((statement) => asList(statement.Action))
    .filter((action) => action.startsWith(`${service}:`))
    .sort();
}

const TABLE_ARN =
  /^\{"Fn::GetStackOutput":.*"OutputName":"[A-Za-z]*Conversations[A-Za-z0-9]*Arn[A-Za-z0-9]*"\}\}$/;
const INDEX_ARN = /\/index\/GSI1/;
const PROBE_ARN = /^\{"Fn::GetAtt":\["Probe[A-Za-z0-9]*Function[A-Za-z0-9]*","Arn"\]\}$/;

// lib-dynamodb and client-dynamodb command classes -> the IAM action each one needs.
const COMMAND_ACTIONS: Record<string, string> = {
  GetCommand: 'dynamodb:GetItem',
  GetItemCommand: 'dynamodb:GetItem',
  PutCommand: 'dynamodb:PutItem',
  PutItemCommand: 'dynamodb:PutItem',
  UpdateCommand: 'dynamodb:UpdateItem',
  UpdateItemCommand: 'dynamodb:UpdateItem',
  DeleteCommand: 'dynamodb:DeleteItem',
  DeleteItemCommand: 'dynamodb:DeleteItem',
  QueryCommand: 'dynamodb:Query',
  ScanCommand: 'dynamodb:Scan',
  BatchGetCommand: 'dynamodb:BatchGetItem',
  BatchGetItemCommand: 'dynamodb:BatchGetItem',
  BatchWriteCommand: 'dynamodb:BatchWriteItem',
  BatchWriteItemCommand: 'dynamodb:BatchWriteItem',
  TransactWriteCommand: 'dynamodb:TransactWriteItems',
  TransactGetCommand: 'dynamodb:TransactGetItems',
};

/** Actions the DynamoDB adapters bundled into `entry` can send (skipping local-only table setup). */
function actionsInCode(entry: string): string[] {
  const actions = new Set<string>();
  for (const file of functionSources(entry)) {
    if (!relative(REPO_ROOT, file).startsWith('adapters/dynamo/')) continue;
    for (const match of readFileSync(file, 'utf8').matchAll(/new\s+([A-Za-z]+Command)\s*\(/g)) {
      const action = COMMAND_ACTIONS[match[1] as string];
      if (action !== undefined) actions.add(action);
    }
  }
  return [...actions].sort();
}

describe.each([
  [
    'chat',
    ['dynamodb:DeleteItem', 'dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Query', 'dynamodb:UpdateItem'],
    ['dynamodb:Query'],
  ],
  [
    'agent',
    [
      'dynamodb:BatchGetItem',
      'dynamodb:DeleteItem',
      'dynamodb:GetItem',
      'dynamodb:PutItem',
      'dynamodb:Query',
      'dynamodb:UpdateItem',
    ],
    ['dynamodb:Query'],
  ],
  ['probe', ['dynamodb:GetItem', 'dynamodb:PutItem'], []],
  [
    'stream',
    ['dynamodb:DeleteItem', 'dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Query', 'dynamodb:UpdateItem'],
    [],
  ],
  ['verify', ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Query', 'dynamodb:UpdateItem'], []],
  ['agentFeed', ['dynamodb:DeleteItem', 'dynamodb:PutItem'], []],
  [
    'health',
    ['dynamodb:DeleteItem', 'dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Query', 'dynamodb:UpdateItem'],
    [],
  ],
] as Array<[keyof typeof TABLE_ACCESS & FunctionName, string[], string[]]>)(
  'the %s function',
  (name, onTable, onIndex) => {
    const entry = FUNCTION_ENTRIES[name];
    const statements = statementsOf(entry);

    it('may use exactly the listed item actions on the table', () => {
      expect(actionsOn(statements, 'dynamodb', TABLE_ARN)).toEqual(onTable);
      expect([...TABLE_ACCESS[name].table].sort()).toEqual(onTable);
    });

    it('may only Query the queue index, if it needs it at all', () => {
      expect(actionsOn(statements, 'dynamodb', INDEX_ARN)).toEqual(onIndex);
    });

    it('is granted no DynamoDB action its adapters never send', () => {
      const inCode = actionsInCode(entry);
      expect(onTable.filter((action) => !inCode.includes(action))).toEqual([]);
    });

    it('has no wildcard action and no DynamoDB resource wildcard', () => {
      for (const statement of statements) {
        for (const action of asList(statement.Action)) expect(action).toMatch(/^[a-z0-9-]+:[A-Za-z0-9]+$/);
        if (asList(statement.Action).some((action) => action.startsWith('dynamodb:'))) {
          expect(JSON.stringify(statement.Resource)).not.toContain('*');
        }
        expect(statement.Effect).toBe('Allow');
      }
    });
  },
);

describe('what the code needs beyond item access', () => {
  it('lets the agent function use every DynamoDB action its adapters send', () => {
    expect(actionsInCode(FUNCTION_ENTRIES.agent)).toEqual([...TABLE_ACCESS.agent.table].sort());
  });

  it('lets the chat, agent and health functions invoke exactly the probe function, the probe nothing', () => {
    for (const name of ['chat', 'agent', 'health'] as const) {
      const invoke = statementsOf(FUNCTION_ENTRIES[name]).filter((statement) =>
        asList(statement.Action).some((action) => action.startsWith('lambda:')),
      );
      expect(invoke).toHaveLength(1);
      expect(asList(invoke[0]?.Action)).toEqual(['lambda:InvokeFunction']);
      expect(asList(invoke[0]?.Resource).map((resource) => JSON.stringify(resource))).toEqual([
        expect.stringMatching(PROBE_ARN),
      ]);
    }
    expect(actionsOn(statementsOf(FUNCTION_ENTRIES.probe), 'lambda', /./)).toEqual([]);
  });

  it('lets only the chat function read the two secrets, by GetSecretValue alone', () => {
    const secrets = statementsOf(FUNCTION_ENTRIES.chat).filter((statement) =>
      asList(statement.Action).some((action) => action.startsWith('secretsmanager:')),
    );
    expect(secrets.flatMap((statement) => asList(statement.Action))).toEqual([
      'secretsmanager:GetSecretValue',
    ]);
    const resources = JSON.stringify(secrets.map((statement) => statement.Resource));
    expect(resources).toMatch(/OutputName":"[A-Za-z]*TokenSigningKey/);
    expect(resources).toMatch(/OutputName":"[A-Za-z]*DirectLineSecret/);
    for (const name of ['agent', 'probe', 'agentFeed', 'health'] as const) {
      expect(actionsOn(statementsOf(FUNCTION_ENTRIES[name]), 'secretsmanager', /./)).toEqual([]);
    }
  });
});
