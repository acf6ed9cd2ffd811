// The agents' consoles' live socket on the local server (`/agent/api/live?access_token=…`,
// same port): the agent's token is checked like every agent API call (the local authorizer)
// before the upgrade, and the socket then carries the feed's events as JSON text frames
// (`{"type":"queue",…}`, `{"type":"activity",…}`). The console fetches what changed through
// the agent API. Browsers cannot set headers on a WebSocket, hence the token in the query.
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer } from 'ws';
import { PostinoError } from '../core/errors';
import type { AgentFeed } from '../core/handoff/agent-feed';
import type { LocalAgentAuth } from './agent-auth';
import { refuse, type UpgradeHandler } from './directline-stream';

export const AGENT_LIVE_PATH = '/agent/api/live';

export function createAgentLive(options: { auth: LocalAgentAuth; feed: AgentFeed }): UpgradeHandler {
  const wss = new WebSocketServer({ noServer: true, maxPayload: 1024, perMessageDeflate: false });
  const accept = async (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const token = new URL(request.url ?? '/', 'http://localhost').searchParams.get('access_token');
    const verdict = await options.auth.authorize(token ? `Bearer ${token}` : undefined);
    if (!verdict.ok) {
      refuse(
        socket,
        new PostinoError(verdict.status === 403 ? 'Forbidden' : 'MissingAuthorization', verdict.message),
      );
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => {
      const remove = options.feed.listen((event) => {
        if (ws.readyState === WebSocket.OPEN) ws.send(JSON.stringify(event));
      });
      ws.on('close', remove);
      ws.on('error', remove);
    });
  };
  return {
    handle(request, socket, head) {
      if ((request.url ?? '/').split('?')[0] !== AGENT_LIVE_PATH) return false;
      accept(request, socket, head).catch(() => refuse(socket, new PostinoError('Internal', 'unexpected')));
      return true;
    },
    close() {
      for (const socket of wss.clients) socket.terminate();
      wss.close();
    },
  };
}
