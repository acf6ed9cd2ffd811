// The stateful stack: the table keeps conversations safe (encrypted, PITR, TTL, retained,
// termination-protected), agents sign in with a strong policy, secrets are generated and kept.
import { Match } from 'aws-cdk-lib/assertions';
import { synthPostino } from './synth-fixture';

const postino = synthPostino();
const template = postino.statefulTemplate;

describe('the conversation table', () => {
  it('is on-demand, encrypted with KMS, with point-in-time recovery and TTL on `ttl`', () => {
    template.resourceCountIs('AWS::DynamoDB::Table', 1);
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      BillingMode: 'PAY_PER_REQUEST',
      SSESpecification: { SSEEnabled: true },
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      TimeToLiveSpecification: { AttributeName: 'ttl', Enabled: true },
      DeletionProtectionEnabled: true,
    });
  });

  it('is retained when the stack or the resource goes away', () => {
    template.hasResource('AWS::DynamoDB::Table', { DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' });
  });

  it('has the queue index GSI1 with every attribute projected', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      GlobalSecondaryIndexes: [
        {
          IndexName: 'GSI1',
          KeySchema: [
            { AttributeName: 'GSI1PK', KeyType: 'HASH' },
            { AttributeName: 'GSI1SK', KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'ALL' },
        },
      ],
    });
  });
});

describe('the stateful stack', () => {
  it('has termination protection on, in the cloud assembly the CLI deploys', () => {
    const assembly = postino.app.synth();
    expect(assembly.getStackByName('PostinoStateful').terminationProtection).toBe(true);
    expect(assembly.getStackByName('PostinoStateless').terminationProtection).toBe(false);
  });

  it('generates the token-signing key and the Direct Line secret and retains both', () => {
    const secrets = template.findResources('AWS::SecretsManager::Secret', {
      DeletionPolicy: 'Retain',
      Properties: { GenerateSecretString: { PasswordLength: 64, ExcludePunctuation: true } },
    });
    expect(Object.keys(secrets)).toHaveLength(2);
    expect(Object.keys(secrets).sort()).toEqual([
      expect.stringMatching(/^DirectLineSecret/),
      expect.stringMatching(/^TokenSigningKey/),
    ]);
  });
});

describe('the agents user pool', () => {
  it('has no self sign-up, a strong password policy and optional TOTP only', () => {
    template.hasResourceProperties('AWS::Cognito::UserPool', {
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
      Policies: {
        PasswordPolicy: {
          MinimumLength: 12,
          RequireLowercase: true,
          RequireUppercase: true,
          RequireNumbers: true,
          RequireSymbols: true,
        },
      },
      MfaConfiguration: 'OPTIONAL',
      EnabledMfas: ['SOFTWARE_TOKEN_MFA'],
      UserPoolTier: 'PLUS',
      UserPoolAddOns: { AdvancedSecurityMode: 'ENFORCED' },
      DeletionProtection: 'ACTIVE',
    });
    template.hasResource('AWS::Cognito::UserPool', { DeletionPolicy: 'Retain' });
  });

  it('has a public console client without a secret', () => {
    template.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      GenerateSecret: false,
      ExplicitAuthFlows: Match.arrayWith(['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH']),
      PreventUserExistenceErrors: 'ENABLED',
    });
  });
});
