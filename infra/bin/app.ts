// `cdk synth` / `cdk deploy` entry (cdk.json "app"). Account and region come from the CLI's
// profile when there is one; without credentials the stacks synthesise environment-agnostic.
import { createPostinoApp } from '../postino-app';

const account = process.env.CDK_DEFAULT_ACCOUNT;
const region = process.env.CDK_DEFAULT_REGION;
createPostinoApp({ env: account === undefined && region === undefined ? undefined : { account, region } });
