// Context values reach the stacks validated: lists from `-c key=a,b` or JSON, booleans from
// strings, and a wrong value stops synth with the key named.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { readConfig } from '../../infra/config';

// allowedOrigins is required (synth fails without it: ops-review.test.ts); the others default.
const ORIGINS = { allowedOrigins: ['https://www.hln.it'] };
const configOf = (context: Record<string, unknown>) =>
  readConfig(new App({ context: { ...ORIGINS, ...context } }));

describe('readConfig', () => {
  it('has working defaults for a fresh clone (with the origins every deployment names)', () => {
    expect(configOf({})).toEqual({
      allowedOrigins: ['https://www.hln.it'],
      probeHost: 'smtp.hln.it',
      probePorts: [587, 465, 25],
      probeInVpc: false,
      probeConcurrency: 5,
      workingHours: 'mon-fri 09:00-18:00 Europe/Rome',
      handoffClaimTimeoutSeconds: 180,
      retentionDays: 30,
      apiRateLimit: 50,
      apiBurstLimit: 100,
      healthSchedule: true,
    });
  });

  it('reads comma-separated strings from the command line and JSON from cdk.json alike', () => {
    const fromCli = configOf({
      allowedOrigins: 'https://www.hln.it, https://hln.it',
      probePorts: '465,587',
      probeInVpc: 'true',
    });
    const fromJson = configOf({
      allowedOrigins: ['https://www.hln.it', 'https://hln.it'],
      probePorts: [465, 587],
      probeInVpc: true,
    });
    expect(fromCli).toEqual(fromJson);
    expect(fromCli.allowedOrigins).toEqual(['https://www.hln.it', 'https://hln.it']);
    expect(fromCli.probePorts).toEqual([465, 587]);
    expect(fromCli.probeInVpc).toBe(true);
  });

  it('takes the claim timeout and working hours as ops write them', () => {
    const config = configOf({
      handoffClaimTimeoutSeconds: '300',
      workingHours: 'mon-fri 09:00-13:00 14:00-18:00, sat 09:00-12:00 Europe/Rome',
    });
    expect(config.handoffClaimTimeoutSeconds).toBe(300);
    expect(config.workingHours).toBe('mon-fri 09:00-13:00 14:00-18:00, sat 09:00-12:00 Europe/Rome');
  });

  it('takes the probe CA as a PEM file that must exist', () => {
    const dir = mkdtempSync(join(tmpdir(), 'postino-ca-'));
    writeFileSync(join(dir, 'ca.pem'), '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n');
    expect(configOf({ probeCaFile: join(dir, 'ca.pem') }).probeCaFile).toBe(join(dir, 'ca.pem'));
    expect(() => configOf({ probeCaFile: join(dir, 'missing.pem') })).toThrow(/probeCaFile/);
  });

  it.each([
    [{ allowedOrigins: 'http://www.hln.it' }, 'allowedOrigins'],
    [{ allowedOrigins: 'https://www.hln.it/page' }, 'allowedOrigins'],
    [{ probePorts: '587,99999' }, 'probePorts'],
    [{ probePorts: 'smtp' }, 'probePorts'],
    [{ probeInVpc: 'yes' }, 'probeInVpc'],
    [{ alarmEmail: 'ops' }, 'alarmEmail'],
    [{ workingHours: 'mon-fri 9-18 Europe/Rome' }, 'workingHours'],
    [{ workingHours: 'mon-fri 09:00-18:00 Europe/Roma' }, 'workingHours'],
    [{ handoffClaimTimeoutSeconds: '0' }, 'handoffClaimTimeoutSeconds'],
    [{ handoffClaimTimeoutSeconds: 86_401 }, 'handoffClaimTimeoutSeconds'],
    [{ certificateArn: 'arn:aws:acm:eu-south-1:123456789012:certificate/x' }, 'certificateArn'],
  ])('rejects %j naming %s', (context, key) => {
    expect(() => configOf(context)).toThrow(new RegExp(`Invalid Postino context[\\s\\S]*${key}`));
  });

  it('wants customDomain and certificateArn together', () => {
    expect(() => configOf({ customDomain: 'assistenza.hln.it' })).toThrow(
      /customDomain and certificateArn go together/,
    );
  });
});
