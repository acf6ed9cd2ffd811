// PostinoFunction alone in a bare stack, bundled for real with the local esbuild (no Docker):
// a minified bundle with its source map, the extra files next to it, and the settings every
// Postino function shares.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { PostinoFunction } from '../../infra/constructs/postino-function';

process.env.CDK_VALIDATION = 'false';

const ROOT = join(__dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'postino-fn-'));
const pem = join(work, 'ca.pem');
afterAll(() => rmSync(work, { recursive: true, force: true }));
writeFileSync(pem, '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n');

const app = new App({ outdir: join(work, 'cdk.out') });
const stack = new Stack(app, 'Bare');
const fn = new PostinoFunction(stack, 'Echo', {
  projectRoot: ROOT,
  entry: 'test/infra/fixtures/echo-handler.ts',
  description: 'Postino: echo',
  environment: { GREETING: 'ciao' },
  extraFiles: { 'probe-ca.pem': pem },
});
const assembly = app.synth();
const template = Template.fromStack(stack);
const assetDir = (() => {
  const code = Object.values(template.findResources('AWS::Lambda::Function'))[0]?.Properties.Code as {
    S3Key: string;
  };
  return join(assembly.directory, `asset.${code.S3Key.replace(/\.zip$/, '')}`);
})();

describe('PostinoFunction', () => {
  it('bundles the entry minified, with a source map and the extra files', () => {
    expect(readdirSync(assetDir).sort()).toEqual(['index.js', 'index.js.map', 'probe-ca.pem']);
    const bundle = readFileSync(join(assetDir, 'index.js'), 'utf8');
    expect(bundle).toContain('echoed');
    expect(bundle).toMatch(/\/\/# sourceMappingURL=index\.js\.map\s*$/);
    expect(bundle.split('\n').length).toBeLessThan(10);
    expect(readFileSync(join(assetDir, 'probe-ca.pem'), 'utf8')).toContain('BEGIN CERTIFICATE');
  });

  it('runs on Node.js 24, arm64, JSON logs to its own log group, no X-Ray without a tracer', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Runtime: 'nodejs24.x',
      Architectures: ['arm64'],
      Handler: 'index.handler',
      TracingConfig: Match.absent(),
      LoggingConfig: Match.objectLike({ LogFormat: 'JSON' }),
      Environment: {
        Variables: {
          GREETING: 'ciao',
          NODE_OPTIONS: '--enable-source-maps',
          POWERTOOLS_SERVICE_NAME: 'postino',
        },
      },
    });
    template.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: 30 });
    expect(fn.entry).toBe(join(ROOT, 'test/infra/fixtures/echo-handler.ts'));
  });

  it('writes logs only to its own group', () => {
    template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: [
          {
            Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
            Effect: 'Allow',
            Resource: { 'Fn::GetAtt': [Match.stringLikeRegexp('^EchoLogs'), 'Arn'] },
          },
        ],
      },
    });
  });

  it('passes cdk-nag alone', () => {
    expect(new AwsSolutionsChecks().validateScope(app).violations).toEqual([]);
  });
});
