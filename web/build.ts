// Builds the widget with esbuild into web/dist (or `outdir`):
//   postino.js        the launcher a site embeds (tiny: no React, no Web Chat)
//   postino-chat.<hash>.js   Bot Framework Web Chat + React 18 + our chat logic, loaded early
//   postino-chat.<hash>.css  our touches on Web Chat (hashed names: cached for good)
//   index.html        a Halnet support page embedding the launcher as a customer site would
//   agent/            the agents' console (index.html, agent.js, agent.css), served at /agent/
// Run it with `npm run build:web` (or `tsx web/build.ts`).
import { copyFile, mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { type BuildOptions, build, type Plugin, transform } from 'esbuild';
import { precompress } from './precompress';

export interface BuildWebOptions {
  /** Where the files go; default web/dist. */
  outdir?: string;
  /** Minify (default true: these are the files customers download). */
  minify?: boolean;
}

export const WEB_DIST = join(__dirname, 'dist');

// The launcher imports launcher.css as a string to inject: minify it like the code around it.
const inlineMinifiedCss: Plugin = {
  name: 'inline-minified-css',
  setup(plugin) {
    plugin.onLoad({ filter: /\.css$/ }, async (args) => {
      const { code } = await transform(await readFile(args.path, 'utf8'), { loader: 'css', minify: true });
      return { contents: code.trim(), loader: 'text' };
    });
  },
};

export async function buildWeb(options: BuildWebOptions = {}): Promise<void> {
  const outdir = options.outdir ?? WEB_DIST;
  const common: BuildOptions = {
    bundle: true,
    format: 'iife',
    platform: 'browser',
    // Browsers of the last few years, as a customer's page may be visited with any of them.
    target: ['chrome100', 'firefox100', 'safari15', 'edge100'],
    minify: options.minify ?? true,
    outdir,
    logLevel: 'warning',
  };
  await mkdir(outdir, { recursive: true });
  // Earlier builds' hashed chat files (and every precompressed copy) go first.
  for (const name of await readdir(outdir)) {
    if (/^postino-chat\./.test(name) || /\.(br|gz)$/.test(name)) await rm(join(outdir, name));
  }
  // The chat bundle first: its content-hashed names are built into the launcher.
  const chat = await build({
    ...common,
    entryPoints: { 'postino-chat': join(__dirname, 'chat', 'main.ts') },
    entryNames: '[name].[hash]',
    metafile: true,
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    // Web Chat's and React's licence texts go to postino-chat.<hash>.js.LEGAL.txt, not into the bundle.
    legalComments: 'external',
  });
  const outputs = Object.keys(chat.metafile?.outputs ?? {}).map((path) => basename(path));
  const chatAssets = {
    script: outputs.find((name) => name.endsWith('.js')) ?? 'postino-chat.js',
    stylesheet: outputs.find((name) => name.endsWith('.css')) ?? 'postino-chat.css',
  };
  await Promise.all([
    build({
      ...common,
      entryPoints: { postino: join(__dirname, 'launcher', 'main.ts') },
      plugins: [inlineMinifiedCss],
      define: { POSTINO_CHAT_ASSETS: JSON.stringify(chatAssets) },
      legalComments: 'none',
    }),
    copyFile(join(__dirname, 'site', 'index.html'), join(outdir, 'index.html')),
    buildAgentConsole(common, outdir),
  ]);
  await precompress(outdir);
}

// The console is its own small app: no Web Chat, no React; its page has no inline script
// (the CDN's CSP allows only hashed ones), so index.html is copied as it is.
async function buildAgentConsole(common: BuildOptions, outdir: string): Promise<void> {
  const agentOut = join(outdir, 'agent');
  await mkdir(agentOut, { recursive: true });
  await Promise.all([
    build({
      ...common,
      outdir: agentOut,
      entryPoints: { agent: join(__dirname, 'agent', 'main.ts') },
      legalComments: 'none',
    }),
    copyFile(join(__dirname, 'agent', 'index.html'), join(agentOut, 'index.html')),
  ]);
}

if (require.main === module) {
  buildWeb().then(
    () => console.log(`built the widget into ${WEB_DIST}`),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
