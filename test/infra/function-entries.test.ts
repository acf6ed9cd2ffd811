// The functions deploy from the same files `npm start` runs: every entry the CDK app bundles
// exists and exports `handler` (function-env.test.ts checks the environment they read).
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { PostinoFunction } from '../../infra/constructs/postino-function';
import { FUNCTION_ENTRIES, type FunctionName } from '../../infra/runtime-contract';
import { REPO_ROOT } from './function-sources';
import { PROJECT_ROOT, synthPostino } from './synth-fixture';

const EXPORTS_HANDLER =
  /export\s+(?:const|let|var)\s+handler\b|export\s+(?:async\s+)?function\s+handler\b|export\s*\{[^}]*\bhandler\b[^}]*\}/;

describe.each(Object.entries(FUNCTION_ENTRIES) as Array<[FunctionName, string]>)(
  'the %s function (%s)',
  (_name, entry) => {
    it('exists and exports `handler`', () => {
      const path = join(REPO_ROOT, entry);
      expect(existsSync(path)).toBe(true);
      expect(readFileSync(path, 'utf8')).toMatch(EXPORTS_HANDLER);
    });
  },
);

describe('the CDK app', () => {
  it('builds every NodejsFunction through PostinoFunction, from the listed entries', () => {
    const { app } = synthPostino({ verifyDomain: 'verifica.example.it' });
    const nodejsFunctions = app.node.findAll().filter((node) => node instanceof NodejsFunction);
    const postinoFunctions = app.node
      .findAll()
      .filter((node): node is PostinoFunction => node instanceof PostinoFunction);
    expect(nodejsFunctions).toHaveLength(postinoFunctions.length);
    expect(postinoFunctions.map((fn) => relative(PROJECT_ROOT, fn.entry)).sort()).toEqual(
      Object.values(FUNCTION_ENTRIES).sort(),
    );
  });
});
