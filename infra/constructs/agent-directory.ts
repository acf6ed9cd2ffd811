// The agents' accounts: a Cognito user pool ops fill by hand (no self sign-up) and the public
// app client the console signs in with. Its tokens are what the HTTP API's JWT authorizer
// accepts on the agent routes; a customer's Direct Line token is never one of them.
import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import {
  AccountRecovery,
  FeaturePlan,
  Mfa,
  OAuthScope,
  StandardThreatProtectionMode,
  UserPool,
  type UserPoolClient,
} from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';

export interface AgentDirectoryProps {
  /** The console's URLs for the OAuth code flow. @default - OAuth off (the console uses SRP) */
  readonly callbackUrls?: readonly string[];
}

export class AgentDirectory extends Construct {
  public readonly userPool: UserPool;
  public readonly consoleClient: UserPoolClient;

  constructor(scope: Construct, id: string, props: AgentDirectoryProps = {}) {
    super(scope, id);
    this.userPool = new UserPool(this, 'UserPool', {
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      autoVerify: { email: true },
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      mfa: Mfa.OPTIONAL,
      mfaSecondFactor: { otp: true, sms: false },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      // Plus: compromised-credential and adaptive sign-in checks for a handful of agents (cdk-nag COG8).
      featurePlan: FeaturePlan.PLUS,
      standardThreatProtectionMode: StandardThreatProtectionMode.FULL_FUNCTION,
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(this.userPool).acknowledge({
      id: 'AwsSolutions-COG2',
      reason:
        'TOTP MFA is offered, not forced: forcing it makes Cognito answer every first sign-in with an ' +
        'MFA_SETUP challenge the console must drive; ops can switch the pool to required once it does. ' +
        'Plus-tier threat protection (enforced) covers credential stuffing meanwhile.',
    });

    this.consoleClient = this.userPool.addClient('Console', {
      generateSecret: false,
      // The console posts the agent's credentials to Cognito itself (no hosted UI to run).
      authFlows: { userSrp: true, userPassword: true },
      preventUserExistenceErrors: true,
      accessTokenValidity: Duration.hours(1),
      idTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.hours(12),
      enableTokenRevocation: true,
      // CDK's defaults would allow the implicit grant and a https://example.com callback. With
      // the console's real URLs: the authorization code flow only; without them: no OAuth.
      ...(props.callbackUrls && props.callbackUrls.length > 0
        ? {
            oAuth: {
              flows: { authorizationCodeGrant: true, implicitCodeGrant: false },
              scopes: [OAuthScope.OPENID, OAuthScope.EMAIL, OAuthScope.PROFILE],
              callbackUrls: [...props.callbackUrls],
              logoutUrls: [...props.callbackUrls],
            },
          }
        : { disableOAuth: true }),
    });
  }
}
