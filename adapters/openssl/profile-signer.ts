// Signs Apple configuration profiles with OpenSSL (`openssl smime -sign`, CMS signed data, DER,
// content attached), which is what iOS and macOS verify: a signed profile shows "Verified" with
// the signer's name at install. Runs the openssl binary, so it is used where one exists (the
// local server, a container image or a Lambda layer that ships it).
import { spawn } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { ProfileSigner } from '../../core/config-files/ports';

export interface OpensslSignerOptions {
  certFile: string;
  keyFile: string;
  /** Intermediate certificates to include, PEM. */
  chainFile?: string | undefined;
  /** Default: `openssl` on the PATH. */
  opensslPath?: string;
}

export class OpensslProfileSigner implements ProfileSigner {
  readonly signerName: string;

  constructor(private readonly options: OpensslSignerOptions) {
    const subject = new X509Certificate(readFileSync(options.certFile)).subject;
    this.signerName = (/(?:^|\n)CN=([^\n]+)/.exec(subject)?.[1] ?? subject).replace(/\\(.)/g, '$1');
  }

  sign(profile: Uint8Array): Promise<Uint8Array> {
    const { certFile, keyFile, chainFile } = this.options;
    const args = [
      'smime',
      '-sign',
      '-binary',
      '-nodetach',
      '-outform',
      'der',
      '-signer',
      certFile,
      '-inkey',
      keyFile,
    ];
    if (chainFile) args.push('-certfile', chainFile);
    return new Promise((resolve, reject) => {
      const child = spawn(this.options.opensslPath ?? 'openssl', args, { stdio: ['pipe', 'pipe', 'pipe'] });
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
      child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
      child.on('error', reject);
      child.on('close', (code) => {
        if (code === 0) resolve(new Uint8Array(Buffer.concat(out)));
        // openssl's message names files and reasons, never the key's bytes.
        else
          reject(
            new Error(
              `openssl smime -sign failed (${code}): ${Buffer.concat(err).toString('utf8').trim().slice(0, 300)}`,
            ),
          );
      });
      child.stdin.end(Buffer.from(profile));
    });
  }
}
