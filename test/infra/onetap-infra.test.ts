// The one-tap configuration files and the verified resolution on AWS: the configuration
// function behind public routes (the paths Thunderbird and Outlook look up), Halnet's CA
// bundled when probeCaFile is set; with verifyDomain, SES receiving (rule set → S3 with a
// one-day lifecycle → the verify function), least-privilege S3 access, and cdk-nag clean.
import { join } from 'node:path';
import { Match } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { ROUTES } from '../../infra/runtime-contract';
import { asList, PROJECT_ROOT, policyStatements, synthPostino } from './synth-fixture';

const CA_FILE = join(PROJECT_ROOT, 'test', 'config-files', 'fixtures', 'test-ca.pem');

describe('configuration files on AWS', () => {
  const { statelessTemplate: template } = synthPostino({ probeCaFile: CA_FILE });

  it('route every lookup path to the configuration function, without an authorizer', () => {
    const routes = Object.values(template.findResources('AWS::ApiGatewayV2::Route')).map(
      (route) => route.Properties as { RouteKey: string; AuthorizationType?: string },
    );
    const expected = ROUTES.configFiles.flatMap((route) =>
      route.methods.map((method) => `${method} ${route.path}`),
    );
    const configRoutes = routes.filter((route) => expected.includes(route.RouteKey));
    expect(configRoutes.map((route) => route.RouteKey).sort()).toEqual([...expected].sort());
    expect(expected).toEqual(
      expect.arrayContaining([
        'GET /.well-known/autoconfig/mail/config-v1.1.xml',
        'GET /mail/config-v1.1.xml',
        'POST /autodiscover/autodiscover.xml',
        'POST /Autodiscover/Autodiscover.xml',
      ]),
    );
    for (const route of configRoutes) expect(route.AuthorizationType ?? 'NONE').toBe('NONE');
  });

  it("give the function Halnet's CA file and no table access", () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Description: Match.stringLikeRegexp('configuration files'),
      Environment: { Variables: Match.objectLike({ CONFIG_CA_FILE: '/var/task/probe-ca.pem' }) },
    });
  });

  it('deploy no SES receiving without verifyDomain', () => {
    template.resourceCountIs('AWS::SES::ReceiptRuleSet', 0);
    template.resourceCountIs('AWS::S3::Bucket', 2);
  });
});

describe('verified resolution on AWS (verifyDomain set)', () => {
  const { statelessTemplate: template } = synthPostino({ verifyDomain: 'verifica.hln.it' });

  it('receives the verify domain: S3 first, then the verify function, with spam scanning', () => {
    template.resourceCountIs('AWS::SES::ReceiptRuleSet', 1);
    template.hasResourceProperties('AWS::SES::ReceiptRule', {
      Rule: Match.objectLike({
        Enabled: true,
        Recipients: ['verifica.hln.it'],
        ScanEnabled: true,
        Actions: [
          { S3Action: Match.objectLike({ ObjectKeyPrefix: 'incoming/' }) },
          { LambdaAction: Match.objectLike({ InvocationType: 'Event' }) },
        ],
      }),
    });
  });

  it('keeps test messages one day at most, private and encrypted', () => {
    template.hasResourceProperties('AWS::S3::Bucket', {
      LifecycleConfiguration: { Rules: [Match.objectLike({ ExpirationInDays: 1, Status: 'Enabled' })] },
      PublicAccessBlockConfiguration: Match.objectLike({
        BlockPublicAcls: true,
        RestrictPublicBuckets: true,
      }),
      BucketEncryption: Match.anyValue(),
    });
  });

  it('lets SES invoke the verify function, which reads and deletes under the prefix only', () => {
    template.hasResourceProperties('AWS::Lambda::Permission', {
      Action: 'lambda:InvokeFunction',
      Principal: 'ses.amazonaws.com',
    });
    const s3 = policyStatements(template).filter(
      (statement) =>
        asList(statement.Action).some((action) => String(action).startsWith('s3:')) &&
        JSON.stringify(statement.Resource).includes('VerifyReceivingMessages'),
    );
    expect(s3.flatMap((statement) => asList(statement.Action)).sort()).toEqual([
      's3:DeleteObject',
      's3:GetObject',
    ]);
    expect(JSON.stringify(s3[0]?.Resource)).toContain('/incoming/*');
  });

  it('tells the chat function the verify domain, and the verify function smtp.hln.it', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Description: Match.stringLikeRegexp('Direct Line'),
      Environment: { Variables: Match.objectLike({ VERIFY_DOMAIN: 'verifica.hln.it' }) },
    });
    template.hasResourceProperties('AWS::Lambda::Function', {
      Description: Match.stringLikeRegexp('test messages'),
      Environment: {
        Variables: Match.objectLike({
          VERIFY_DOMAIN: 'verifica.hln.it',
          VERIFY_SUBMISSION_HOSTS: 'smtp.hln.it',
        }),
      },
    });
  });

  it('passes cdk-nag (AwsSolutions) with every finding fixed or acknowledged', () => {
    const { app } = synthPostino(
      { verifyDomain: 'verifica.hln.it', probeCaFile: CA_FILE },
      { region: 'eu-west-1' },
    );
    const violations = new AwsSolutionsChecks()
      .validateScope(app)
      .violations.flatMap((violation) =>
        violation.violatingResources.map((resource) => `${violation.ruleName} at ${resource.constructPath}`),
      );
    expect(violations).toEqual([]);
  });
});
