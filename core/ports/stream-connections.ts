// Where a deployment whose sockets live outside the process (API Gateway WebSocket API) keeps
// them: one record per open connection, under its conversation, with how far it has been sent
// (the watermark, and where the next record goes) so pushes stay in order and exactly once.
// Records expire a little after API Gateway's two-hour connection limit, so a missed
// disconnect cleans itself up.
export interface StreamConnection {
  connectionId: string;
  conversationId: string;
  /** The last record sent (or the client's watermark at connect); undefined: nothing yet. */
  watermark?: number | undefined;
  /** Where the record after `watermark` goes, when known. */
  next?: number | undefined;
}

export interface StreamConnections {
  add(connection: StreamConnection): Promise<void>;
  get(connectionId: string): Promise<StreamConnection | undefined>;
  /** The open connections of a conversation. */
  of(conversationId: string): Promise<StreamConnection[]>;
  /** Records what the connection has been sent. */
  advance(connection: StreamConnection, watermark: number, next: number | undefined): Promise<void>;
  remove(connectionId: string, conversationId?: string): Promise<void>;
}

/** Sends one text frame to a connection; `gone` when it no longer exists (410). */
export interface ConnectionSender {
  send(connectionId: string, frame: string): Promise<'sent' | 'gone'>;
}
