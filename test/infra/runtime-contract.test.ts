// What infra restates of the runtime (it may not import runtime code) must match the runtime.
import { ALLOWED_REQUEST_HEADERS } from '../../core/channel/cors';
import { AGENT_ROUTES } from '../../core/handoff/agent-api';
import { CORS_HEADERS, ROUTES } from '../../infra/runtime-contract';

describe('infra/runtime-contract.ts agrees with the runtime', () => {
  it('lets through API Gateway exactly the request headers the Direct Line handler allows', () => {
    const runtime = ALLOWED_REQUEST_HEADERS.split(',').map((header) => header.trim().toLowerCase());
    expect(CORS_HEADERS.map((header) => header.toLowerCase()).sort()).toEqual(runtime.sort());
  });

  it('routes every signed-in agent API call to the authorised /agent/{proxy+} route, by its method', () => {
    const [agentRoute] = ROUTES.agent;
    const signedIn = Object.values(AGENT_ROUTES).filter((route) => route.auth);
    for (const route of signedIn) {
      expect(route.path).toMatch(/^\/agent\/api\//);
      expect(agentRoute?.methods).toContain(route.method);
    }
    // No method deployed that no route uses.
    expect([...(agentRoute?.methods ?? [])].sort()).toEqual(
      [...new Set(signedIn.map((r) => r.method))].sort(),
    );
  });
});
