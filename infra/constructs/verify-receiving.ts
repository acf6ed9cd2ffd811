// SES e-mail receiving for the verified resolution: a receipt rule set with one rule for the
// verify domain that stores each message in a private bucket (kept one day at most) and then
// invokes the verify function with the SES event. SES receiving exists only in some regions
// (README "Verified resolution"); the rule set must be made active once (`aws ses
// set-active-receipt-rule-set`), which CloudFormation cannot do.
import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { BlockPublicAccess, Bucket, BucketEncryption } from 'aws-cdk-lib/aws-s3';
import { ReceiptRuleSet, TlsPolicy } from 'aws-cdk-lib/aws-ses';
import { Lambda, LambdaInvocationType, S3 } from 'aws-cdk-lib/aws-ses-actions';
import { Construct } from 'constructs';

export interface VerifyReceivingProps {
  /** The domain whose MX points at SES inbound in this region, e.g. `verifica.hln.it`. */
  readonly domain: string;
  readonly verifyFunction: IFunction;
  /** Where messages land in the bucket; @default 'incoming/' */
  readonly prefix?: string;
}

export class VerifyReceiving extends Construct {
  public readonly bucket: Bucket;
  public readonly ruleSet: ReceiptRuleSet;
  public readonly prefix: string;

  constructor(scope: Construct, id: string, props: VerifyReceivingProps) {
    super(scope, id);
    this.prefix = props.prefix ?? 'incoming/';
    this.bucket = new Bucket(this, 'Messages', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      // The function deletes each message once read; anything left is gone within a day.
      lifecycleRules: [{ expiration: Duration.days(1) }],
      removalPolicy: RemovalPolicy.DESTROY,
    });
    Validations.of(this.bucket).acknowledge({
      id: 'AwsSolutions-S1',
      reason:
        'Holds test messages for minutes (deleted when read, expired after a day); the only writer is SES ' +
        'for this account and the only reader the verify function, both in CloudTrail.',
    });
    this.ruleSet = new ReceiptRuleSet(this, 'RuleSet', {
      rules: [
        {
          recipients: [props.domain],
          scanEnabled: true,
          tlsPolicy: TlsPolicy.OPTIONAL,
          actions: [
            new S3({ bucket: this.bucket, objectKeyPrefix: this.prefix }),
            new Lambda({ function: props.verifyFunction, invocationType: LambdaInvocationType.EVENT }),
          ],
        },
      ],
    });
  }
}
