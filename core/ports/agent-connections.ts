// Where a deployment whose sockets live outside the process (API Gateway WebSocket API) keeps
// the agents' consoles' open connections (issue 10): one record per connection, accepted only
// after the agent's token was verified, and forgotten when that token expires, so a console
// whose sign-in has lapsed hears nothing more (it reconnects with its renewed token).
export interface AgentConnection {
  connectionId: string;
  /** The agent's id (the token's `sub`): who holds the socket, for the logs and nothing else. */
  agentId: string;
  /** Epoch seconds: the token's expiry, after which the connection is ignored and then deleted. */
  expiresAt: number;
  /** Epoch ms of `$connect`: API Gateway answers 410 for a moment after it, before the socket is open. */
  connectedAt: number;
}

export interface AgentConnections {
  add(connection: AgentConnection): Promise<void>;
  /** The open connections whose token has not expired. */
  all(): Promise<AgentConnection[]>;
  remove(connectionId: string): Promise<void>;
}
