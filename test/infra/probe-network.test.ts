// With `probeInVpc` the probe runs behind a NAT gateway whose Elastic IP we own, with egress
// limited to the SMTP ports and HTTPS; a custom domain gets a modern TLS policy.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Match } from 'aws-cdk-lib/assertions';
import { synthPostino } from './synth-fixture';

const CERTIFICATE = 'arn:aws:acm:us-east-1:123456789012:certificate/abcd-1234';
const CA_FILE = join(mkdtempSync(join(tmpdir(), 'postino-ca-')), 'halnet-ca.pem');
writeFileSync(CA_FILE, '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n');
const postino = synthPostino({
  probeCaFile: CA_FILE,
  probeInVpc: 'true',
  probePorts: '587,465,25',
  probeConcurrency: 2,
  customDomain: 'assistenza.hln.it',
  certificateArn: CERTIFICATE,
});
const template = postino.statelessTemplate;

describe('the probe in a VPC', () => {
  it('runs in the private subnets with its own security group', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Description: Match.stringLikeRegexp('probes the SMTP server'),
      ReservedConcurrentExecutions: 2,
      VpcConfig: {
        SubnetIds: [
          { Ref: Match.stringLikeRegexp('ProbeNetworkVpcprobeSubnet1') },
          { Ref: Match.stringLikeRegexp('ProbeNetworkVpcprobeSubnet2') },
        ],
        SecurityGroupIds: [{ 'Fn::GetAtt': [Match.stringLikeRegexp('ProbeSecurityGroup'), 'GroupId'] }],
      },
    });
  });

  it('probes port 25 there (the NAT lets it out): PROBE_PORT25_BLOCKED is false', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Description: Match.stringLikeRegexp('probes the SMTP server'),
      Environment: { Variables: Match.objectLike({ PROBE_PORT25_BLOCKED: 'false' }) },
    });
  });

  it('skips port 25 without the VPC, where AWS blocks it: PROBE_PORT25_BLOCKED is true', () => {
    synthPostino({}).statelessTemplate.hasResourceProperties('AWS::Lambda::Function', {
      Description: Match.stringLikeRegexp('probes the SMTP server'),
      Environment: { Variables: Match.objectLike({ PROBE_PORT25_BLOCKED: 'true' }) },
    });
  });

  it('leaves AWS through one NAT gateway holding the Elastic IP it outputs', () => {
    template.resourceCountIs('AWS::EC2::NatGateway', 1);
    template.resourceCountIs('AWS::EC2::EIP', 1);
    template.hasResourceProperties('AWS::EC2::NatGateway', {
      AllocationId: { 'Fn::GetAtt': [Match.stringLikeRegexp('ProbeNetworkNatAddress'), 'AllocationId'] },
    });
    template.hasOutput('*', {
      Value: { 'Fn::GetAtt': [Match.stringLikeRegexp('ProbeNetworkNatAddress'), 'PublicIp'] },
    });
  });

  it('may only open SMTP ports and HTTPS', () => {
    const groups = Object.values(
      template.findResources('AWS::EC2::SecurityGroup', {
        Properties: { GroupDescription: Match.stringLikeRegexp('Postino probe') },
      }),
    );
    expect(groups).toHaveLength(1);
    const group = groups[0] as { Properties: Record<string, unknown> };
    const ports = (
      group.Properties.SecurityGroupEgress as Array<{ FromPort: number; ToPort: number; IpProtocol: string }>
    )
      .map((rule) => {
        expect(rule.IpProtocol).toBe('tcp');
        expect(rule.ToPort).toBe(rule.FromPort);
        return rule.FromPort;
      })
      .sort((a, b) => a - b);
    expect(ports).toEqual([25, 443, 465, 587]);
    expect(group.Properties.SecurityGroupIngress).toBeUndefined();
  });

  it('gets the ENI permissions inline in its role rather than from a managed policy', () => {
    template.hasResourceProperties('AWS::IAM::Role', {
      Description: 'Runs functions/probe.ts',
      Policies: [
        {
          PolicyName: 'VpcAccess',
          PolicyDocument: {
            Statement: [Match.objectLike({ Action: Match.arrayWith(['ec2:CreateNetworkInterface']) })],
          },
        },
      ],
    });
  });
});

describe('a private CA for the probe', () => {
  it('is shipped in the bundle and named by PROBE_CA_FILE', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Description: Match.stringLikeRegexp('probes the SMTP server'),
      Environment: { Variables: Match.objectLike({ PROBE_CA_FILE: '/var/task/probe-ca.pem' }) },
    });
  });
});

describe('a custom domain', () => {
  it('serves the site under the domain with the certificate and TLS 1.2 at least', () => {
    template.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        Aliases: ['assistenza.hln.it'],
        ViewerCertificate: {
          AcmCertificateArn: CERTIFICATE,
          MinimumProtocolVersion: 'TLSv1.2_2021',
          SslSupportMethod: 'sni-only',
        },
      }),
    });
  });

  it('is an allowed browser origin of the API', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Api', {
      CorsConfiguration: Match.objectLike({ AllowOrigins: Match.arrayWith(['https://assistenza.hln.it']) }),
    });
  });
});
