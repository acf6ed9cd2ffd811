// The environment the deployment sets and the environment the functions read cannot drift:
// every variable a function's configuration reads (its zod schemas, read from the sources) is
// set by infra (FUNCTION_ENV) or listed with a reason in OTHER_FUNCTION_ENV, and infra sets
// nothing the code does not read; the synthesized functions carry exactly FUNCTION_ENV.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  FUNCTION_ENTRIES,
  FUNCTION_ENV,
  type FunctionName,
  OTHER_FUNCTION_ENV,
} from '../../infra/runtime-contract';
import { environmentNamesRead, functionSources, REPO_ROOT } from './function-sources';
import { synthPostino } from './synth-fixture';

/** Where each function's configuration is read from the environment. */
const CONFIG_SOURCES: Record<FunctionName, string[]> = {
  chat: [
    'functions/directline/config.ts',
    'core/handoff/handoff-policy.ts',
    'adapters/secrets/lambda-extension-secret.ts',
  ],
  agent: ['functions/agent/config.ts', 'core/handoff/handoff-policy.ts'],
  probe: ['core/probe/config.ts', 'functions/probe.ts'],
  stream: ['functions/stream/config.ts', 'adapters/secrets/lambda-extension-secret.ts'],
  agentFeed: ['functions/agent-feed/config.ts'],
  configFiles: ['functions/config-files.ts'],
  health: ['functions/health/config.ts'],
  verify: ['functions/verify.ts', 'functions/verify/config.ts', 'core/verify/config.ts'],
};

const FUNCTIONS = Object.keys(FUNCTION_ENTRIES) as FunctionName[];
// With verifyDomain, so the optional verify function (and the chat's VERIFY_DOMAIN) exist too.
const template = synthPostino({
  workingHours: 'mon-fri 08:30-17:30 Europe/Rome',
  handoffClaimTimeoutSeconds: 240,
  verifyDomain: 'verifica.example.it',
}).statelessTemplate;

describe.each(FUNCTIONS)('the %s function', (name) => {
  const sources = functionSources(FUNCTION_ENTRIES[name]).map((file) => relative(REPO_ROOT, file));
  const read = environmentNamesRead(CONFIG_SOURCES[name]);

  it('bundles the configuration sources this test reads', () => {
    expect(sources).toEqual(expect.arrayContaining(CONFIG_SOURCES[name]));
  });

  it('reads process.env nowhere else (but for Lambda’s own AWS_* variables)', () => {
    const elsewhere = sources
      .filter((file) => !CONFIG_SOURCES[name].includes(file))
      .filter((file) => /process\.env\.(?!AWS_)[A-Z]/.test(readFileSync(join(REPO_ROOT, file), 'utf8')));
    expect(elsewhere).toEqual([]);
  });

  it('gets every variable it reads from infra, or has it listed with a reason', () => {
    const accounted = [...Object.values(FUNCTION_ENV[name]), ...Object.keys(OTHER_FUNCTION_ENV[name])];
    expect(read.filter((variable) => !accounted.includes(variable))).toEqual([]);
  });

  it('reads every variable infra sets or lists for it', () => {
    const accounted = [...Object.values(FUNCTION_ENV[name]), ...Object.keys(OTHER_FUNCTION_ENV[name])];
    expect(accounted.filter((variable) => !read.includes(variable))).toEqual([]);
  });
});

describe('the synthesized functions', () => {
  const variablesOf = (entry: string): Record<string, unknown> => {
    const roles = template.findResources('AWS::IAM::Role', { Properties: { Description: `Runs ${entry}` } });
    const [roleId] = Object.keys(roles);
    const fns = template.findResources('AWS::Lambda::Function', {
      Properties: { Role: { 'Fn::GetAtt': [roleId, 'Arn'] } },
    });
    const [fn] = Object.values(fns);
    return (fn?.Properties.Environment.Variables ?? {}) as Record<string, unknown>;
  };

  // Set only with their context keys: the CA files (probeCaFile) and outage mode's N and M.
  const OPTIONAL = ['PROBE_CA_FILE', 'CONFIG_CA_FILE', 'OUTAGE_FAILURES_TO_OPEN', 'OUTAGE_HEALTHY_MINUTES'];

  it.each(FUNCTIONS)(
    'give %s every FUNCTION_ENV variable (the optional ones only with their context)',
    (name) => {
      const set = Object.keys(variablesOf(FUNCTION_ENTRIES[name]));
      const expected = Object.values(FUNCTION_ENV[name]).filter((variable) => !OPTIONAL.includes(variable));
      expect(set).toEqual(expect.arrayContaining(expected));
    },
  );

  it('pass outage mode’s N and M from context to the health function only when set', () => {
    const variables = variablesOf(FUNCTION_ENTRIES.health);
    expect(variables.OUTAGE_FAILURES_TO_OPEN).toBeUndefined();
    expect(variables.OUTAGE_HEALTHY_MINUTES).toBeUndefined();
    const tuned = synthPostino({ outageFailuresToOpen: 5, outageHealthyMinutes: '10' }).statelessTemplate;
    const [roleId] = Object.keys(
      tuned.findResources('AWS::IAM::Role', {
        Properties: { Description: `Runs ${FUNCTION_ENTRIES.health}` },
      }),
    );
    const [fn] = Object.values(
      tuned.findResources('AWS::Lambda::Function', {
        Properties: { Role: { 'Fn::GetAtt': [roleId, 'Arn'] } },
      }),
    );
    expect(fn?.Properties.Environment.Variables).toMatchObject({
      OUTAGE_FAILURES_TO_OPEN: '5',
      OUTAGE_HEALTHY_MINUTES: '10',
    });
  });

  it('pass the working hours and the claim timeout from context to the chat and agent functions', () => {
    for (const entry of [FUNCTION_ENTRIES.chat, FUNCTION_ENTRIES.agent]) {
      expect(variablesOf(entry)).toMatchObject({
        WORKING_HOURS: 'mon-fri 08:30-17:30 Europe/Rome',
        HANDOFF_CLAIM_TIMEOUT_S: '240',
      });
    }
  });
});
