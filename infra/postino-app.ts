// Builds the whole CDK app: the stateful and the stateless stack, wired together, with
// cdk-nag's AwsSolutionsChecks registered so every synth fails on an unacknowledged finding.
// bin/app.ts runs it for the CLI; test/infra builds the same app in memory.
import { join } from 'node:path';
import { App, type AppProps, type Environment, Tags, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { readConfig } from './config';
import { StatefulStack } from './stacks/stateful-stack';
import { StatelessStack } from './stacks/stateless-stack';
import { webAssetSource } from './web-assets';

export interface PostinoAppProps {
  /** Passed to the App (tests set context and outdir here). @default - from the CLI */
  readonly appProps?: AppProps;
  /** @default - the repository root (two levels above this file) */
  readonly projectRoot?: string;
  /**
   * @default - the account of the CLI's profile, if any, and the region from context
   * (`region`), else CDK_DEFAULT_REGION / AWS_REGION; no region fails synth
   */
  readonly env?: Environment;
  /** Register cdk-nag's AwsSolutionsChecks as a synth-time validation plugin. @default true */
  readonly nag?: boolean;
}

export interface PostinoApp {
  readonly app: App;
  readonly stateful: StatefulStack;
  readonly stateless: StatelessStack;
}

export const STACK_NAMES = { stateful: 'PostinoStateful', stateless: 'PostinoStateless' } as const;

export function createPostinoApp(props: PostinoAppProps = {}): PostinoApp {
  const app = new App(props.appProps);
  const projectRoot = props.projectRoot ?? join(__dirname, '..');
  const config = readConfig(app);
  const env = resolveEnv(props.env, config.region);
  const stateful = new StatefulStack(app, STACK_NAMES.stateful, {
    env,
    consoleCallbackUrls: config.consoleCallbackUrls,
    description: 'Postino: conversation table, agent accounts, secrets (retained)',
  });
  const stateless = new StatelessStack(app, STACK_NAMES.stateless, {
    env,
    description: 'Postino: functions, HTTP API, web hosting, monitoring',
    config,
    projectRoot,
    table: stateful.table,
    userPool: stateful.agents.userPool,
    userPoolClient: stateful.agents.consoleClient,
    tokenSigningKey: stateful.tokenSigningKey,
    directLineSecret: stateful.directLineSecret,
    webAssets: webAssetSource(projectRoot),
  });
  // Cost allocation and ownership: every taggable resource says what it belongs to.
  for (const [stack, part] of [
    [stateful, 'stateful'],
    [stateless, 'stateless'],
  ] as const) {
    Tags.of(stack).add('Project', 'Postino');
    Tags.of(stack).add('Part', part);
    for (const [key, value] of Object.entries(config.tags ?? {})) Tags.of(stack).add(key, value);
  }
  if (props.nag ?? true) Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return { app, stateful, stateless };
}

/**
 * The stacks' environment. The region decides the Lambda layer ARN, the Cognito issuer and the
 * CSP's API host, so an environment-agnostic synth (which silently meant us-east-1) is refused.
 */
function resolveEnv(given: Environment | undefined, contextRegion: string | undefined): Environment {
  const region =
    given?.region ??
    contextRegion ??
    process.env.CDK_DEFAULT_REGION ??
    process.env.AWS_REGION ??
    process.env.AWS_DEFAULT_REGION;
  if (region === undefined || region === '') {
    throw new Error(
      'Postino needs a region: set "region" in the context of cdk.json, pass -c region=eu-south-1, ' +
        'or set AWS_REGION / a profile with a region (CDK_DEFAULT_REGION).',
    );
  }
  const account = given?.account ?? process.env.CDK_DEFAULT_ACCOUNT;
  return account === undefined ? { region } : { account, region };
}
