// One snapshot, kept small and stable: the stateful resources with their logical ids (a changed
// id or key schema means CloudFormation replaces the table: data loss, so it must be seen in
// review) and the shape of the stateless stack (resource counts, routes, function settings),
// with asset hashes stripped so a code change does not touch it.
import { synthPostino } from './synth-fixture';

interface FunctionProperties {
  Description?: string;
  Runtime?: string;
  MemorySize?: number;
  Timeout?: number;
  ReservedConcurrentExecutions?: number;
  Environment?: { Variables?: Record<string, unknown> };
  RouteKey?: string;
  AuthorizationType?: string;
}

const stripHashes = (value: unknown): unknown =>
  JSON.parse(JSON.stringify(value).replace(/[0-9a-f]{64}/g, '<asset-hash>'));

describe('the synthesized app', () => {
  it('matches the snapshot', () => {
    const postino = synthPostino();
    const stateless = postino.statelessTemplate.toJSON() as {
      Resources: Record<string, { Type: string; Properties?: FunctionProperties & Record<string, unknown> }>;
    };
    const resources = Object.values(stateless.Resources);
    const resourceCounts: Record<string, number> = {};
    for (const { Type } of resources) resourceCounts[Type] = (resourceCounts[Type] ?? 0) + 1;
    const functions = resources
      .filter(
        (resource) =>
          resource.Type === 'AWS::Lambda::Function' &&
          resource.Properties?.Description?.startsWith('Postino:'),
      )
      .map(({ Properties: p }) => ({
        description: p?.Description,
        runtime: p?.Runtime,
        memory: p?.MemorySize,
        timeout: p?.Timeout,
        reservedConcurrency: p?.ReservedConcurrentExecutions,
        environment: Object.keys(p?.Environment?.Variables ?? {}).sort(),
      }));
    const routes = resources
      .filter((resource) => resource.Type === 'AWS::ApiGatewayV2::Route')
      .map(({ Properties: p }) => `${p?.RouteKey} ${p?.AuthorizationType}`)
      .sort();
    expect(
      stripHashes({
        stateful: postino.statefulTemplate.toJSON().Resources,
        stateless: { resourceCounts, routes, functions },
      }),
    ).toMatchSnapshot();
  });
});
