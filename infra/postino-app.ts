// Builds the whole CDK app: the stateful and the stateless stack, wired together, with
// cdk-nag's AwsSolutionsChecks registered so every synth fails on an unacknowledged finding.
// bin/app.ts runs it for the CLI; test/infra builds the same app in memory.
import { join } from 'node:path';
import { App, type AppProps, type Environment, Validations } from 'aws-cdk-lib';
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
  /** @default - environment-agnostic stacks */
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
  const stateful = new StatefulStack(app, STACK_NAMES.stateful, {
    env: props.env,
    description: 'Postino: conversation table, agent accounts, secrets (retained)',
  });
  const stateless = new StatelessStack(app, STACK_NAMES.stateless, {
    env: props.env,
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
  if (props.nag ?? true) Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return { app, stateful, stateless };
}
