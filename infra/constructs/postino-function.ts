// Every Lambda entry point of Postino is built here, so runtime, architecture, bundling,
// logging and tracing are decided once (like Powertools' example app). The role is our own:
// the default one carries the AWS managed AWSLambdaBasicExecutionRole (cdk-nag IAM4) and
// lets the function write any log group; ours writes only the function's own group.
import { join } from 'node:path';
import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import type { ISecurityGroup, IVpc, SubnetSelection } from 'aws-cdk-lib/aws-ec2';
import { PolicyDocument, PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import {
  Architecture,
  LoggingFormat,
  ParamsAndSecretsLayerVersion,
  ParamsAndSecretsVersions,
  Runtime,
  Tracing,
} from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { POWERTOOLS_ENV } from '../runtime-contract';

export interface PostinoFunctionProps {
  /** Project root holding package-lock.json and the entry file. */
  readonly projectRoot: string;
  /** Entry file relative to projectRoot, e.g. `functions/probe.ts`; must export `handler`. */
  readonly entry: string;
  /** What the function does, shown in the Lambda console. */
  readonly description: string;
  /** Function-specific environment; Powertools and source-map settings are added. */
  readonly environment?: Readonly<Record<string, string>>;
  /** @default Duration.seconds(10) */
  readonly timeout?: Duration;
  /** @default 512 */
  readonly memorySize?: number;
  /** @default - no reserved concurrency (the account's unreserved pool) */
  readonly reservedConcurrentExecutions?: number;
  /** Files to ship next to the bundle: name in the bundle -> absolute path on this machine.
   * They land in /var/task/<name> on Lambda. @default - none */
  readonly extraFiles?: Readonly<Record<string, string>>;
  /** Attach the AWS Parameters and Secrets Lambda Extension, so the function reads secrets
   * from a local cache on port 2773 without bundling the Secrets Manager SDK.
   * @default false */
  readonly secretsExtension?: boolean;
  /** @default RetentionDays.ONE_MONTH */
  readonly logRetention?: RetentionDays;
  /** Runs the function in this VPC; the role then gets the ENI permissions Lambda needs.
   * @default - not in a VPC */
  readonly vpc?: IVpc;
  /** @default - the VPC's private subnets with egress */
  readonly vpcSubnets?: SubnetSelection;
  /** @default - a security group created by Lambda */
  readonly securityGroups?: ISecurityGroup[];
}

// What Lambda itself needs to attach the function to a VPC (the content of the AWS managed
// AWSLambdaVPCAccessExecutionRole, restated because managed policies are cdk-nag IAM4).
const VPC_ENI_ACTIONS = [
  'ec2:CreateNetworkInterface',
  'ec2:DescribeNetworkInterfaces',
  'ec2:DescribeSubnets',
  'ec2:DeleteNetworkInterface',
  'ec2:AssignPrivateIpAddresses',
  'ec2:UnassignPrivateIpAddresses',
];

/** The runtime every function uses: the newest Node.js Lambda offers (cdk-nag L1). */
export const FUNCTION_RUNTIME = Runtime.NODEJS_24_X;

export class PostinoFunction extends Construct {
  public readonly function: NodejsFunction;
  /** Absolute path of the entry file. */
  public readonly entry: string;
  public readonly role: Role;
  public readonly logGroup: LogGroup;

  constructor(scope: Construct, id: string, props: PostinoFunctionProps) {
    super(scope, id);
    this.entry = join(props.projectRoot, props.entry);
    this.logGroup = new LogGroup(this, 'Logs', {
      retention: props.logRetention ?? RetentionDays.ONE_MONTH,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    this.role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `Runs ${props.entry}`,
      // Inline in the role, so the permissions exist before Lambda checks them at creation.
      inlinePolicies:
        props.vpc === undefined
          ? undefined
          : {
              VpcAccess: new PolicyDocument({
                statements: [new PolicyStatement({ actions: VPC_ENI_ACTIONS, resources: ['*'] })],
              }),
            },
    });
    this.logGroup.grantWrite(this.role);

    this.function = new NodejsFunction(this, 'Function', {
      entry: this.entry,
      handler: 'handler',
      projectRoot: props.projectRoot,
      depsLockFilePath: join(props.projectRoot, 'package-lock.json'),
      description: props.description,
      runtime: FUNCTION_RUNTIME,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize ?? 512,
      timeout: props.timeout ?? Duration.seconds(10),
      reservedConcurrentExecutions: props.reservedConcurrentExecutions,
      paramsAndSecrets: props.secretsExtension
        ? ParamsAndSecretsLayerVersion.fromVersion(ParamsAndSecretsVersions.V1_0_103)
        : undefined,
      // No tracer is wired in (Powertools Tracer is not used), so active X-Ray would record only
      // Lambda's service segments at a cost: off until a tracer is added.
      tracing: Tracing.DISABLED,
      // Powertools Logger writes JSON; Lambda's own lines (START, REPORT) then match.
      loggingFormat: LoggingFormat.JSON,
      role: this.role,
      logGroup: this.logGroup,
      environment: {
        ...POWERTOOLS_ENV,
        // esbuild writes the maps; Node only uses them with this flag, for readable stack traces.
        NODE_OPTIONS: '--enable-source-maps',
        ...props.environment,
      },
      bundling: {
        minify: true,
        sourceMap: true,
        sourcesContent: false,
        target: 'node24',
        format: OutputFormat.CJS,
        forceDockerBundling: false,
        // The Node.js runtime ships AWS SDK v3; bundling it would only grow the cold start.
        externalModules: ['@aws-sdk/*'],
        commandHooks: {
          beforeBundling: () => [],
          beforeInstall: () => [],
          afterBundling: (_inputDir: string, outputDir: string) =>
            Object.entries(props.extraFiles ?? {}).map(
              ([name, source]) => `cp ${JSON.stringify(source)} ${JSON.stringify(join(outputDir, name))}`,
            ),
        },
      },
      vpc: props.vpc,
      vpcSubnets: props.vpcSubnets,
      securityGroups: props.securityGroups,
    });

    Validations.of(this.role).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason:
        'In a VPC, Lambda manages ENIs it names at run time (ec2:Describe* has no resource scoping), the ' +
        'statement of the AWS managed AWSLambdaVPCAccessExecutionRole restated inline.',
    });
  }
}
