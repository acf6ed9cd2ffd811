// The HTTP shapes the Direct Line surface speaks, independent of API Gateway or node:http:
// functions/ and local/ translate their requests into these and back.
export interface ChannelRequest {
  method: string;
  /** The path, e.g. `/v3/directline/conversations/abc/activities`. */
  path: string;
  /** Header names lower-cased. */
  headers: Record<string, string | undefined>;
  query: Record<string, string | undefined>;
  /** The raw body, already decoded from base64 if the gateway encoded it. */
  body: string | undefined;
  sourceIp: string;
}

export interface ChannelResponse {
  status: number;
  headers: Record<string, string>;
  body?: string;
}

export function jsonResponse(status: number, value: unknown): ChannelResponse {
  return {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: JSON.stringify(value),
  };
}
