// `npm start`: runs all of Postino on this machine (see local/server.ts) and prints where.
// Flags: --data-dir DIR keeps conversations across restarts; --demo-smtp probes a loopback
// SMTP server instead of smtp.hln.it; --no-web serves the API only; PORT (or --port) changes
// the port (default 3978).
import { parseArgs } from 'node:util';
import { startLocalServer } from './server';

async function main(): Promise<void> {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const { values } = parseArgs({
    options: {
      'data-dir': { type: 'string' },
      'demo-smtp': { type: 'boolean', default: false },
      // Serves the API only (benchmarks, API-only runs): no widget build.
      'no-web': { type: 'boolean', default: false },
      port: { type: 'string' },
    },
  });
  const server = await startLocalServer({
    ...(values['data-dir'] ? { dataDir: values['data-dir'] } : {}),
    ...(values.port ? { port: Number(values.port) } : {}),
    demoSmtp: values['demo-smtp'] ?? false,
    serveWeb: !values['no-web'],
    log: (line) => console.log(line),
  });
  console.log(`
Postino is running.
  Support page with the chat widget:  ${server.url}/
  Direct Line 3.0 API:                ${server.directLineUrl}
  tokens/generate (server to server; the secret mints tokens only): ${process.env.DIRECTLINE_SECRET ? 'with your DIRECTLINE_SECRET' : 'set DIRECTLINE_SECRET to use them'}
  Data: ${values['data-dir'] ? `kept in ${values['data-dir']}` : 'in memory (use --data-dir DIR to keep it)'}
  Probe target: ${values['demo-smtp'] ? 'a loopback demo SMTP server (--demo-smtp)' : `${process.env.PROBE_HOST || 'smtp.hln.it'} (PROBE_* settings; --demo-smtp for a local demo server)`}
  Agent console:                      ${server.url}/agent/
  Agent API:                          ${server.agentApiUrl} (sign in: POST ${server.agentApiUrl}/local-signin)
${server.agents.map((agent) => `    demo agent "${agent.name}": username ${agent.username}, password ${agent.password}`).join('\n')}
    (passwords are new at every start; set AGENT_DEMO_PASSWORD to choose one)
  Configuration files:                ${server.url}/config/apple, /config/thunderbird, /config/outlook
  Verify inbox (test messages):       smtp://${server.verifyInbox.host}:${server.verifyInbox.port} for verifica+<code>@${server.verifyInbox.config.domain}${
    server.demoSmtp
      ? `\n  Demo SMTP for a real mail client:   127.0.0.1:${server.demoSmtp.ports.starttls} (STARTTLS), :${server.demoSmtp.ports.implicitTls} (TLS); user ${server.demoSmtp.account.username}, password ${server.demoSmtp.account.password}`
      : ''
  }
Press Ctrl+C to stop.`);
  const stop = () => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
