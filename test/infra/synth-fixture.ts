// Builds the Postino CDK app in memory for the infra tests, with the context of cdk.json (the
// feature flags change templates, so tests must see what `cdk deploy` sees) but no bundling
// (`aws:cdk:bundling-stacks` set to none), no CloudFormation Validate plugin
// (CDK_VALIDATION=false, ~5 s per synth), and cdk-nag run explicitly where a test wants it.
// Each test file builds its app once and shares it across its tests.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Environment } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { createPostinoApp, type PostinoApp } from '../../infra/postino-app';

process.env.CDK_VALIDATION = 'false';

export const PROJECT_ROOT = join(__dirname, '..', '..');

const CDK_JSON_CONTEXT = (
  JSON.parse(readFileSync(join(PROJECT_ROOT, 'cdk.json'), 'utf8')) as {
    context: Record<string, unknown>;
  }
).context;

// Registered when a test file imports this module (top level), so synthPostino may run in tests.
const outdirs: string[] = [];
afterAll(() => {
  for (const outdir of outdirs) rmSync(outdir, { recursive: true, force: true });
});

export interface SynthesizedPostino extends PostinoApp {
  readonly statefulTemplate: Template;
  readonly statelessTemplate: Template;
}

export function synthPostino(context: Record<string, unknown> = {}, env?: Environment): SynthesizedPostino {
  const outdir = mkdtempSync(join(tmpdir(), 'postino-cdk-'));
  outdirs.push(outdir);
  const postino = createPostinoApp({
    projectRoot: PROJECT_ROOT,
    nag: false,
    env,
    appProps: {
      outdir,
      context: { ...CDK_JSON_CONTEXT, 'aws:cdk:bundling-stacks': [], ...context },
    },
  });
  return {
    ...postino,
    statefulTemplate: Template.fromStack(postino.stateful),
    statelessTemplate: Template.fromStack(postino.stateless),
  };
}

/** Every IAM policy statement of a template, flattened (inline role policies included). */
export function policyStatements(template: Template): Array<Record<string, unknown>> {
  const documents: unknown[] = [];
  for (const policy of Object.values(template.findResources('AWS::IAM::Policy'))) {
    documents.push(policy.Properties.PolicyDocument);
  }
  for (const role of Object.values(template.findResources('AWS::IAM::Role'))) {
    for (const inline of role.Properties.Policies ?? []) documents.push(inline.PolicyDocument);
  }
  return documents.flatMap(
    (document) => (document as { Statement: Array<Record<string, unknown>> }).Statement,
  );
}

export function asList<T>(value: T | T[]): T[] {
  return Array.isArray(value) ? value : [value];
}
