// What the browser side gets from the deployment: the config.json the widget and the console
// read (through the real web/shared/site-config.ts parser), the Content-Security-Policy that
// must let them reach the API and Cognito, and the JWT authorizer that must accept the ID token
// the console sends. CloudFormation values are rendered with sample values, as a deploy would.
import { parseSiteConfig } from '../../web/shared/site-config';
import { synthPostino } from './synth-fixture';

const postino = synthPostino();
const template = postino.statelessTemplate;
const REGION = 'eu-south-1';
const API_ID = 'a1b2c3d4e5';
const FEED_API_ID = 'f6g7h8i9j0';

/** Renders a CloudFormation value as deployed: pseudo parameters, refs and imports as samples. */
function render(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(render);
  const record = value as Record<string, unknown>;
  if ('Fn::Join' in record) {
    const [separator, parts] = record['Fn::Join'] as [string, unknown[]];
    return parts.map(render).join(separator);
  }
  if ('Ref' in record) {
    const refs: Record<string, string> = { 'AWS::Region': REGION, 'AWS::URLSuffix': 'amazonaws.com' };
    const ref = record.Ref as string;
    if (refs[ref]) return refs[ref];
    if (ref.startsWith('HttpApi')) return API_ID;
    return ref.startsWith('AgentFeedApi') ? FEED_API_ID : `ref-${ref}`;
  }
  if ('Fn::GetStackOutput' in record) {
    return `import-${(record['Fn::GetStackOutput'] as { OutputName: string }).OutputName}`;
  }
  return Object.fromEntries(Object.entries(record).map(([key, inner]) => [key, render(inner)]));
}

const siteConfig = render(postino.stateless.resolve(postino.stateless.web.siteConfig)) as Record<
  string,
  unknown
>;
const authorizer = render(
  Object.values(template.findResources('AWS::ApiGatewayV2::Authorizer'))[0]?.Properties.JwtConfiguration,
) as { Audience: string[]; Issuer: string };
const csp = render(
  Object.values(template.findResources('AWS::CloudFront::ResponseHeadersPolicy'))[0]?.Properties
    .ResponseHeadersPolicyConfig.SecurityHeadersConfig.ContentSecurityPolicy.ContentSecurityPolicy,
) as string;
const directive = (name: string): string[] =>
  (
    csp
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .find(([head]) => head === name) ?? []
  ).slice(1);

describe('config.json', () => {
  it('holds only what web/shared/site-config.ts reads', () => {
    expect(Object.keys(siteConfig).sort()).toEqual([
      'agentAuth',
      'agentLiveUrl',
      'apiUrl',
      'directLineDomain',
    ]);
    expect(Object.keys(siteConfig.agentAuth as object).sort()).toEqual([
      'region',
      'userPoolClientId',
      'userPoolId',
    ]);
  });

  it('gives the widget the API and the console its Cognito sign-in, as the web code parses it', () => {
    const parsed = parseSiteConfig(JSON.parse(JSON.stringify(siteConfig)), 'https://fallback.example');
    expect(parsed.apiUrl).toBe(`https://${API_ID}.execute-api.${REGION}.amazonaws.com`);
    expect(parsed.agentAuth).toEqual({
      region: REGION,
      userPoolId: expect.stringMatching(/^import-.*AgentsUserPool(?!Console)/),
      userPoolClientId: expect.stringMatching(/^import-.*AgentsUserPoolConsole/),
    });
    expect(siteConfig.directLineDomain).toBe(`${parsed.apiUrl}/v3/directline`);
  });

  it('gives the console its live socket: the agents’ WebSocket API, not the customers’ stream', () => {
    const parsed = parseSiteConfig(JSON.parse(JSON.stringify(siteConfig)), 'https://fallback.example');
    expect(parsed.agentLiveUrl).toBe(`wss://${FEED_API_ID}.execute-api.${REGION}.amazonaws.com/live`);
    const feedApis = template.findResources('AWS::ApiGatewayV2::Api', {
      Properties: { ProtocolType: 'WEBSOCKET' },
    });
    const [feedApi] = Object.entries(feedApis).filter(([id]) => id.startsWith('AgentFeedApi'));
    expect(feedApi?.[1].Properties.Description).toMatch(/agents' live feed/);
  });

  it('is uploaded with the web assets', () => {
    const deployment = Object.values(template.findResources('Custom::CDKBucketDeployment')).find(
      (resource) => resource.Properties.Prune === true,
    );
    expect(deployment?.Properties.SourceObjectKeys).toHaveLength(2);
    expect(JSON.stringify(deployment?.Properties.SourceMarkers)).toContain('AgentsUserPoolConsole');
  });
});

describe('the agent routes’ JWT authorizer', () => {
  it('accepts the ID token the console gets: audience its app client, issuer the user pool', () => {
    const auth = siteConfig.agentAuth as { userPoolId: string; userPoolClientId: string };
    expect(authorizer.Audience).toEqual([auth.userPoolClientId]);
    expect(authorizer.Issuer).toBe(`https://cognito-idp.${REGION}.amazonaws.com/${auth.userPoolId}`);
  });
});

describe('the Content-Security-Policy', () => {
  it('lets the pages call the API config.json names and Cognito', () => {
    const apiHost = new URL(siteConfig.apiUrl as string).host;
    const connect = directive('connect-src');
    const allows = (host: string) =>
      connect.some((source) => {
        const pattern = source.replace(/^https:\/\//, '');
        return (
          source.startsWith('https://') &&
          new RegExp(`^${pattern.replace(/\./g, '\\.').replace('*', '[a-z0-9]+')}$`).test(host)
        );
      });
    expect(allows(apiHost)).toBe(true);
    expect(allows(`cognito-idp.${REGION}.amazonaws.com`)).toBe(true);
    expect(allows('evil.example')).toBe(false);
    expect(allows(`${API_ID}.execute-api.us-east-1.amazonaws.com`)).toBe(false);
  });

  it('lets the console open the live socket config.json names', () => {
    const liveHost = new URL(siteConfig.agentLiveUrl as string).host;
    const sockets = directive('connect-src').filter((source) => source.startsWith('wss://'));
    const allows = (host: string) =>
      sockets.some((source) =>
        new RegExp(`^${source.slice('wss://'.length).replace(/\./g, '\\.').replace('*', '[a-z0-9]+')}$`).test(
          host,
        ),
      );
    expect(allows(liveHost)).toBe(true);
    expect(allows('evil.example')).toBe(false);
  });

  it('runs scripts from the site only, plus the hashed inline script of the demo page', () => {
    expect(directive('script-src')).toEqual(["'self'", expect.stringMatching(/^'sha256-[A-Za-z0-9+/]+=*'$/)]);
    expect(directive('object-src')).toEqual(["'none'"]);
    expect(directive('frame-ancestors')).toEqual(["'none'"]);
  });

  it('allows the inline styles Web Chat injects and its data: images, nothing else inline', () => {
    expect(directive('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(directive('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    expect(directive('default-src')).toEqual(["'self'"]);
  });
});
