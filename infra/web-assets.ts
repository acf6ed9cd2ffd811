// The widget and the console as a deployable asset. `cdk synth` builds them with the project's
// own web build (web/build.ts, esbuild) on the local machine and ships its output folder;
// no Docker is involved. The asset hash follows the web sources and package-lock.json (the
// bundles embed Web Chat and React from node_modules: an upgrade there is a new bundle), so an
// unchanged web/ and lockfile are not rebuilt into a new upload.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { AssetHashType, DockerImage } from 'aws-cdk-lib';
import { type ISource, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { WEB_BUILD } from './runtime-contract';

export function webAssetSource(projectRoot: string): ISource {
  return Source.asset(join(projectRoot, WEB_BUILD.sourceDir), {
    exclude: [...EXCLUDED],
    assetHashType: AssetHashType.CUSTOM,
    assetHash: webAssetHash(projectRoot),
    bundling: {
      // Required by the type, never pulled: tryBundle below either builds or throws.
      image: DockerImage.fromRegistry('public.ecr.aws/docker/library/node:22-slim'),
      local: {
        tryBundle(outputDir: string): boolean {
          const [command, ...args] = WEB_BUILD.command;
          execFileSync(command, args, { cwd: projectRoot, stdio: ['ignore', 2, 2] });
          const built = join(projectRoot, WEB_BUILD.outputDir);
          if (!existsSync(join(built, 'index.html'))) {
            throw new Error(
              `${WEB_BUILD.command.join(' ')} did not produce ${WEB_BUILD.outputDir}/index.html`,
            );
          }
          cpSync(built, outputDir, { recursive: true });
          return true;
        },
      },
    },
  });
}

const EXCLUDED = ['dist', 'node_modules'] as const;

/** SHA-256 over web/ (its sources, not its build output) and package-lock.json. */
export function webAssetHash(projectRoot: string): string {
  const hash = createHash('sha256');
  const webDir = join(projectRoot, WEB_BUILD.sourceDir);
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if ((EXCLUDED as readonly string[]).includes(entry.name)) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) files.push(path);
    }
  };
  walk(webDir);
  const lockfile = join(projectRoot, 'package-lock.json');
  if (existsSync(lockfile)) files.push(lockfile);
  for (const file of files.sort()) {
    hash.update(relative(projectRoot, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

/**
 * CSP sources (`'sha256-…'`) for the inline scripts of the built HTML pages, read from their
 * sources (the web build copies them verbatim), so `script-src` can stay `'self'` plus exactly
 * those scripts instead of `'unsafe-inline'`.
 */
export function inlineScriptHashes(projectRoot: string): string[] {
  return WEB_BUILD.htmlSources
    .map((page) => join(projectRoot, page))
    .filter((path) => existsSync(path))
    .flatMap((path) =>
      [
        ...readFileSync(path, 'utf8')
          .replace(/<!--[\s\S]*?-->/g, '')
          .matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g),
      ].map(
        (match) =>
          `'sha256-${createHash('sha256')
            .update(match[1] as string)
            .digest('base64')}'`,
      ),
    );
}
