// Where the probe runs when `probeInVpc` is on: private subnets behind one NAT gateway with an
// Elastic IP we allocate, so the probe leaves AWS from one fixed address Halnet's fail2ban can
// allow-list and can reach port 25 (blocked from Lambda outside such a VPC). Egress is limited
// to the probe's SMTP ports plus HTTPS for the DynamoDB probe cache.
import { CfnOutput } from 'aws-cdk-lib';
import {
  CfnEIP,
  FlowLogDestination,
  FlowLogTrafficType,
  GatewayVpcEndpointAwsService,
  NatProvider,
  Peer,
  Port,
  SecurityGroup,
  SubnetType,
  Vpc,
} from 'aws-cdk-lib/aws-ec2';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';

export interface ProbeNetworkProps {
  /** TCP ports the probe connects to on the SMTP server. */
  readonly smtpPorts: readonly number[];
}

export class ProbeNetwork extends Construct {
  public readonly vpc: Vpc;
  public readonly securityGroup: SecurityGroup;
  /** The fixed public address the probe's connections come from. */
  public readonly elasticIp: CfnEIP;

  constructor(scope: Construct, id: string, props: ProbeNetworkProps) {
    super(scope, id);
    this.elasticIp = new CfnEIP(this, 'NatAddress', { domain: 'vpc' });
    this.vpc = new Vpc(this, 'Vpc', {
      maxAzs: 2,
      natGateways: 1,
      natGatewayProvider: NatProvider.gateway({ eipAllocationIds: [this.elasticIp.attrAllocationId] }),
      subnetConfiguration: [
        { name: 'public', subnetType: SubnetType.PUBLIC, cidrMask: 24 },
        { name: 'probe', subnetType: SubnetType.PRIVATE_WITH_EGRESS, cidrMask: 24 },
      ],
      // DynamoDB through a free gateway endpoint rather than the NAT.
      gatewayEndpoints: { DynamoDb: { service: GatewayVpcEndpointAwsService.DYNAMODB } },
    });
    this.vpc.addFlowLog('FlowLog', {
      destination: FlowLogDestination.toCloudWatchLogs(
        new LogGroup(this, 'FlowLogs', { retention: RetentionDays.ONE_MONTH }),
      ),
      trafficType: FlowLogTrafficType.REJECT,
    });

    this.securityGroup = new SecurityGroup(this, 'ProbeSecurityGroup', {
      vpc: this.vpc,
      description: 'Postino probe: outbound SMTP to the probed server and HTTPS to AWS APIs only',
      allowAllOutbound: false,
    });
    for (const port of new Set([...props.smtpPorts, 443])) {
      this.securityGroup.addEgressRule(Peer.anyIpv4(), Port.tcp(port), `probe egress ${port}`);
    }

    new CfnOutput(this, 'ProbeSourceAddress', {
      value: this.elasticIp.attrPublicIp,
      description: "Public IPv4 the probe connects from: allow-list it on Halnet's SMTP server",
    });
  }
}
