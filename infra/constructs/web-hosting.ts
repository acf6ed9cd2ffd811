// Serves the widget script and the agent console: a private S3 bucket read only by CloudFront
// through origin access control, HTTPS only, security headers on every response, access logs
// kept. The deployment uploads the built web assets plus `config.json`, which tells the widget
// and the console where the API and the agents' user pool are.
import { Duration, RemovalPolicy, Stack, Token, Validations } from 'aws-cdk-lib';
import type { ICertificate } from 'aws-cdk-lib/aws-certificatemanager';
import {
  AllowedMethods,
  Function as CloudFrontFunction,
  Distribution,
  FunctionCode,
  FunctionEventType,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  HttpVersion,
  PriceClass,
  ResponseHeadersPolicy,
  SecurityPolicyProtocol,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import {
  BlockPublicAccess,
  Bucket,
  BucketEncryption,
  type CfnBucket,
  ObjectOwnership,
} from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, CacheControl, type ISource, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';
import { contentSecurityPolicy } from '../csp';

export interface WebHostingProps {
  /** Origins the console may call besides itself (the API, Cognito): CSP `connect-src`. */
  readonly connectSources: readonly string[];
  /** Inline scripts the pages may run, as CSP hash sources. @default - none */
  readonly scriptHashes?: readonly string[];
  /** @default - the distribution's *.cloudfront.net name */
  readonly domainName?: string;
  /** ACM certificate in us-east-1 for domainName. @default - CloudFront's default certificate */
  readonly certificate?: ICertificate;
}

// Serve `/agent/` and `/agent` as `/agent/index.html`: S3 has no directory indexes.
const INDEX_REWRITE = `function handler(event) {
  var request = event.request;
  if (request.uri.endsWith('/')) request.uri += 'index.html';
  else if (!request.uri.split('/').pop().includes('.')) request.uri += '/index.html';
  return request;
}`;

/** `/config.json` as web/shared/site-config.ts reads it (test/infra checks the two agree). */
export interface SiteConfigJson {
  /** Base URL of the HTTP API; the widget and the console strip a trailing slash. */
  readonly apiUrl: string;
  /** `<apiUrl>v3/directline`, for embedders that configure DirectLineJS themselves. */
  readonly directLineDomain?: string;
  /** The console signs agents in with Cognito when this is present. */
  readonly agentAuth: {
    readonly region: string;
    readonly userPoolId: string;
    readonly userPoolClientId: string;
  };
  /** The agents' live socket (`wss://…/live`): the console's events on AWS. */
  readonly agentLiveUrl?: string;
}

/** The web build's content-hashed files (see web/build.ts). */
const HASHED_ASSETS = ['postino-chat.*.js', 'postino-chat.*.css', 'postino-chat.*.js.LEGAL.txt'] as const;

export class WebHosting extends Construct {
  public readonly bucket: Bucket;
  public readonly logBucket: Bucket;
  public readonly distribution: Distribution;
  /** What deploy() wrote to `/config.json` (tokens until deploy time). */
  public siteConfig?: SiteConfigJson;

  constructor(scope: Construct, id: string, props: WebHostingProps) {
    super(scope, id);
    this.logBucket = new Bucket(this, 'Logs', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      // CloudFront standard logging writes with ACLs.
      objectOwnership: ObjectOwnership.OBJECT_WRITER,
      lifecycleRules: [{ expiration: Duration.days(365) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(this.logBucket).acknowledge({
      id: 'AwsSolutions-S1',
      reason: 'This is the access-log bucket itself; logging it into itself would loop.',
    });

    this.bucket = new Bucket(this, 'Site', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      serverAccessLogsBucket: this.logBucket,
      serverAccessLogsPrefix: 's3/',
      // Emptied by the deployment on delete (retainOnDelete false): rebuilt from git anyway.
      removalPolicy: RemovalPolicy.DESTROY,
    });

    this.distribution = new Distribution(this, 'Distribution', {
      comment: 'Postino widget and agent console',
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(this.bucket),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        allowedMethods: AllowedMethods.ALLOW_GET_HEAD_OPTIONS,
        responseHeadersPolicy: this.securityHeaders(props.connectSources, props.scriptHashes ?? []),
        functionAssociations: [
          {
            eventType: FunctionEventType.VIEWER_REQUEST,
            function: new CloudFrontFunction(this, 'IndexRewrite', {
              code: FunctionCode.fromInline(INDEX_REWRITE),
            }),
          },
        ],
      },
      defaultRootObject: 'index.html',
      domainNames: props.domainName === undefined ? undefined : [props.domainName],
      certificate: props.certificate,
      // Only a custom certificate lets us choose; CloudFront's default one is fixed at TLSv1.
      minimumProtocolVersion:
        props.certificate === undefined ? undefined : SecurityPolicyProtocol.TLS_V1_2_2021,
      httpVersion: HttpVersion.HTTP2_AND_3,
      priceClass: PriceClass.PRICE_CLASS_100,
      enableLogging: true,
      logBucket: this.logBucket,
      logFilePrefix: 'cloudfront/',
    });
    this.acknowledgeDistributionFindings(props.certificate !== undefined);
  }

  /** The site's origin, e.g. `https://d111.cloudfront.net`. */
  public get origin(): string {
    return `https://${this.distribution.distributionDomainName}`;
  }

  private securityHeaders(
    connectSources: readonly string[],
    scriptHashes: readonly string[],
  ): ResponseHeadersPolicy {
    const csp = contentSecurityPolicy({ connectSources, scriptHashes });
    return new ResponseHeadersPolicy(this, 'SecurityHeaders', {
      comment: 'Postino security headers',
      securityHeadersBehavior: {
        contentSecurityPolicy: { contentSecurityPolicy: csp, override: true },
        strictTransportSecurity: {
          accessControlMaxAge: Duration.days(365),
          includeSubdomains: true,
          override: true,
        },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
        referrerPolicy: {
          referrerPolicy: HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN,
          override: true,
        },
      },
      // The widget script and config.json are public and loaded from Halnet's own pages.
      corsBehavior: {
        accessControlAllowOrigins: ['*'],
        accessControlAllowMethods: ['GET', 'HEAD'],
        accessControlAllowHeaders: ['*'],
        accessControlAllowCredentials: false,
        originOverride: true,
      },
    });
  }

  /**
   * Uploads the built assets plus `/config.json` (siteConfig, which holds deploy-time values
   * such as the API URL) and invalidates the CDN. A separate step because the API that
   * config.json points at is itself built after the distribution (its CORS names our origin).
   */
  public deploy(assets: ISource, siteConfig: SiteConfigJson): BucketDeployment {
    this.siteConfig = siteConfig;
    const logGroup = new LogGroup(this, 'DeploymentLogs', { retention: RetentionDays.ONE_MONTH });
    const role = new Role(this, 'DeploymentRole', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: 'Copies the Postino web assets into the site bucket',
    });
    logGroup.grantWrite(role);
    // The chat bundle's names carry its content hash: cached for good, and never pruned, so a
    // page still holding the previous launcher can load the bundle it names during a deploy.
    const hashed = new BucketDeployment(this, 'HashedDeployment', {
      sources: [assets],
      include: [...HASHED_ASSETS],
      exclude: ['*'],
      destinationBucket: this.bucket,
      prune: false,
      retainOnDelete: false,
      cacheControl: [
        CacheControl.setPublic(),
        CacheControl.maxAge(Duration.days(365)),
        CacheControl.immutable(),
      ],
      memoryLimit: 512,
      role,
      logGroup,
    });
    const deployment = new BucketDeployment(this, 'Deployment', {
      sources: [assets, Source.jsonData('config.json', siteConfig)],
      // The hashed files are the other deployment's: neither uploaded nor pruned here.
      exclude: [...HASHED_ASSETS],
      destinationBucket: this.bucket,
      distribution: this.distribution,
      distributionPaths: ['/*'],
      prune: true,
      retainOnDelete: false,
      // Fixed names (the launcher, the pages, config.json): short-lived so a deploy reaches customers soon.
      cacheControl: [CacheControl.setPublic(), CacheControl.maxAge(Duration.minutes(5))],
      memoryLimit: 512,
      role,
      logGroup,
    });
    // The launcher names the new bundle: the bundle must be there first.
    deployment.node.addDependency(hashed);
    // The grants below are written by CDK's BucketDeployment, scoped to the two buckets it uses.
    const bucketDeploymentGrant =
      "CDK BucketDeployment's own grant, scoped to the CDK assets bucket and the site bucket: it reads " +
      'the staged zip and syncs (lists, writes, prunes) every object of the site.';
    Validations.of(role).acknowledge(
      ...['s3:GetObject*', 's3:GetBucket*', 's3:List*', 's3:DeleteObject*', 's3:Abort*'].map((action) => ({
        id: `AwsSolutions-IAM5[Action::${action}]`,
        reason: bucketDeploymentGrant,
      })),
      { id: `AwsSolutions-IAM5[Resource::${this.assetsBucketObjects()}]`, reason: bucketDeploymentGrant },
      {
        id: `AwsSolutions-IAM5[Resource::<${this.siteBucketLogicalId()}.Arn>/*]`,
        reason: bucketDeploymentGrant,
      },
      {
        id: 'AwsSolutions-IAM5[Resource::*]',
        reason:
          'cloudfront:CreateInvalidation/GetInvalidation as granted by BucketDeployment to refresh the CDN.',
      },
    );
    // The copying function is CDK's own singleton (Python), one per stack and memory size.
    for (const child of Stack.of(this).node.children) {
      if (child.node.id.startsWith('Custom::CDKBucketDeployment')) {
        Validations.of(child).acknowledge({
          id: 'AwsSolutions-L1',
          reason: "CDK's BucketDeployment handler: its Python runtime is pinned by aws-cdk-lib, not by us.",
        });
      }
    }
    return deployment;
  }

  /** The CDK assets bucket's objects as cdk-nag names them: pseudo parameters where the stack's
   * environment is not known at synth, literal values where it is (`cdk deploy` with a profile). */
  private assetsBucketObjects(): string {
    const stack = Stack.of(this);
    const named = (value: string, pseudo: string) => (Token.isUnresolved(value) ? `<${pseudo}>` : value);
    return (
      `arn:${named(stack.partition, 'AWS::Partition')}:s3:::cdk-hnb659fds-assets-` +
      `${named(stack.account, 'AWS::AccountId')}-${named(stack.region, 'AWS::Region')}/*`
    );
  }

  private siteBucketLogicalId(): string {
    return Stack.of(this).getLogicalId(this.bucket.node.defaultChild as CfnBucket);
  }

  private acknowledgeDistributionFindings(customCertificate: boolean): void {
    const acks = [
      {
        id: 'AwsSolutions-CFR1',
        reason: "Halnet's customers use the widget from abroad too; only public static files are served.",
      },
      {
        id: 'AwsSolutions-CFR2',
        reason:
          'Only public static files behind CloudFront; the API that takes input is throttled per stage and ' +
          'authorises every request. A WAF web ACL (us-east-1) can be attached by ops later.',
      },
    ];
    if (!customCertificate) {
      acks.push({
        id: 'AwsSolutions-CFR4',
        reason:
          'Without customDomain/certificateArn CloudFront uses its *.cloudfront.net certificate, whose ' +
          'security policy cannot be chosen; with a custom domain TLSv1.2_2021 is set.',
      });
    }
    Validations.of(this.distribution).acknowledge(...acks);
  }
}
