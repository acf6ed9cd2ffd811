// What must outlive any redeploy: the conversation table, the agents' user pool and the two
// secrets (rotating the Direct Line secret breaks Halnet's site, regenerating the signing key
// logs every customer out). Termination protection and RETAIN keep them through a bad
// `cdk destroy`; the functions and the API live in the stateless stack.
import { CfnOutput, RemovalPolicy, Stack, type StackProps, Validations } from 'aws-cdk-lib';
import { AttributeType, BillingMode, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import type { Construct } from 'constructs';
import { AgentDirectory } from '../constructs/agent-directory';
import { TABLE_SCHEMA } from '../runtime-contract';

export interface StatefulStackProps extends StackProps {
  /** The console's URLs for Cognito's OAuth code flow. @default - no OAuth flow */
  readonly consoleCallbackUrls?: readonly string[];
}

export class StatefulStack extends Stack {
  public readonly table: Table;
  public readonly agents: AgentDirectory;
  /** HMAC key that signs the widget's Direct Line tokens. */
  public readonly tokenSigningKey: Secret;
  /** The Direct Line site secret Halnet's web server exchanges for tokens. */
  public readonly directLineSecret: Secret;

  constructor(scope: Construct, id: string, props?: StatefulStackProps) {
    super(scope, id, { terminationProtection: true, ...props });

    this.table = new Table(this, 'Conversations', {
      partitionKey: { name: TABLE_SCHEMA.partitionKey, type: AttributeType.STRING },
      sortKey: { name: TABLE_SCHEMA.sortKey, type: AttributeType.STRING },
      billingMode: BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      encryption: TableEncryption.AWS_MANAGED,
      timeToLiveAttribute: TABLE_SCHEMA.ttlAttribute,
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.table.addGlobalSecondaryIndex({
      indexName: TABLE_SCHEMA.queueIndex.name,
      partitionKey: { name: TABLE_SCHEMA.queueIndex.partitionKey, type: AttributeType.STRING },
      sortKey: { name: TABLE_SCHEMA.queueIndex.sortKey, type: AttributeType.STRING },
    });

    this.agents = new AgentDirectory(this, 'Agents', { callbackUrls: props?.consoleCallbackUrls });

    this.tokenSigningKey = this.generatedSecret(
      'TokenSigningKey',
      'Signs Postino Direct Line tokens (HS256)',
    );
    this.directLineSecret = this.generatedSecret(
      'DirectLineSecret',
      "Postino Direct Line site secret: Halnet's web server exchanges it for conversation tokens",
    );

    // What ops need after a deploy (README, Deploy): where to create agents, which secret to hand over.
    new CfnOutput(this, 'UserPoolId', {
      value: this.agents.userPool.userPoolId,
      description: 'Create agents here',
    });
    new CfnOutput(this, 'ConsoleClientId', { value: this.agents.consoleClient.userPoolClientId });
    new CfnOutput(this, 'DirectLineSecretArn', {
      value: this.directLineSecret.secretArn,
      description: "Site secret for Halnet's web server (tokens/generate)",
    });
    new CfnOutput(this, 'TableName', { value: this.table.tableName });
  }

  private generatedSecret(id: string, description: string): Secret {
    const secret = new Secret(this, id, {
      description,
      generateSecretString: { passwordLength: 64, excludePunctuation: true },
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(secret).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'Rotation is an operator action: a new signing key invalidates every live customer token and a ' +
        "new site secret must be installed on Halnet's web server at the same moment (README, Deploy).",
    });
    return secret;
  }
}
