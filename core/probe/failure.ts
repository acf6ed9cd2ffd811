// Maps why a port probe stopped to the port outcome the summary uses. The stage matters: a
// reset during the TLS handshake means TLS is broken (e.g. TLS spoken to a plaintext port,
// "wrong version number"), the same reset during the banner means the server hung up.
import type { PortReport, ProbeStage } from './report';
import { ProbeStepError } from './step';

type PortOutcome = PortReport['outcome'];

const UNREACHABLE = new Set(['EHOSTUNREACH', 'ENETUNREACH', 'EHOSTDOWN', 'ETIMEDOUT']);
const HANG_UPS = new Set(['ECONNRESET', 'EPIPE', 'ECONNABORTED', 'ECONNCLOSED']);

export function classifyFailure(stage: ProbeStage, error: unknown): { outcome: PortOutcome; error: string } {
  if (!(error instanceof ProbeStepError)) {
    return { outcome: 'error', error: error instanceof Error ? error.message : String(error) };
  }
  const detail = `${error.errorCode}: ${error.message}`.slice(0, 200);
  return { outcome: outcomeOf(stage, error), error: detail };
}

function outcomeOf(stage: ProbeStage, error: ProbeStepError): PortOutcome {
  if (error.kind === 'timeout' || error.kind === 'deadline') return 'timeout';
  if (error.errorCode === 'ECONNREFUSED') return 'refused';
  if (stage === 'tls' || error.kind === 'tls') return 'tls_failed';
  if (stage === 'connect') return UNREACHABLE.has(error.errorCode) ? 'timeout' : 'error';
  if (error.kind === 'closed' || HANG_UPS.has(error.errorCode)) return 'closed_early';
  return 'error';
}
