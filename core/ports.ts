// The ports the core depends on; adapters implement them (see `adapters/`).
export type { Clock } from './ports/clock';
export type { ProbeClient } from './ports/probe-client';
