// cdk-nag's AwsSolutionsChecks leave no unacknowledged finding, in the default deployment and
// in the fullest one (probe in a VPC, custom domain, alarm e-mail). The last test shows the
// check bites: an unremarkable bucket added to the app is reported.
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { AwsSolutionsChecks } from 'cdk-nag';
import { synthPostino } from './synth-fixture';

function findings(app: Parameters<AwsSolutionsChecks['validateScope']>[0]): string[] {
  return new AwsSolutionsChecks()
    .validateScope(app)
    .violations.flatMap((violation) =>
      violation.violatingResources.map((resource) => `${violation.ruleName} at ${resource.constructPath}`),
    );
}

describe('cdk-nag AwsSolutions', () => {
  it('finds nothing unacknowledged in the default deployment', () => {
    expect(findings(synthPostino().app)).toEqual([]);
  });

  it('finds nothing unacknowledged with the probe in a VPC, a custom domain and alarm e-mail', () => {
    const { app } = synthPostino({
      probeInVpc: true,
      customDomain: 'assistenza.hln.it',
      certificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/abcd-1234',
      alarmEmail: 'ops@hln.it',
    });
    expect(findings(app)).toEqual([]);
  });

  it.each([
    ['a region only (the CLI without a profile)', { region: 'us-east-1' }],
    ['an account and a region (the CLI with a profile)', { account: '123456789012', region: 'eu-south-1' }],
  ])('finds nothing unacknowledged with %s', (_what, env) => {
    expect(findings(synthPostino({}, env).app)).toEqual([]);
  });

  it('reports a finding nobody acknowledged', () => {
    const postino = synthPostino();
    new Bucket(postino.stateless, 'Unreviewed');
    expect(findings(postino.app)).toEqual(
      expect.arrayContaining([
        'AwsSolutions-S1 at PostinoStateless/Unreviewed/Resource',
        'AwsSolutions-S10 at PostinoStateless/Unreviewed/Resource',
      ]),
    );
  });
});
