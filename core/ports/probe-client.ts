// How the chat side asks for a live probe of Halnet's SMTP server. On AWS the adapter invokes
// the probe Lambda; locally the same adapter calls the embedded Lambda Invoke endpoint.
import type { ProbeSummary } from '../../dialogs/contract';

export interface ProbeClient {
  /** Probes the configured target; rejects with a `PostinoError` when the probe cannot run. */
  probe(): Promise<ProbeSummary>;
}
