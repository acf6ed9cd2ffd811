// Entry point of postino.js, the launcher a customer site embeds with one <script> tag (see
// script-config.ts for its data- attributes). Must stay tiny: no React, no Web Chat.
// A host page can open or close the chat through window.Postino.open() / .close().
import { type LauncherApi, startLauncher } from './launcher-controller';
import { readLauncherConfig } from './script-config';

declare global {
  interface Window {
    Postino?: LauncherApi;
  }
}

const script = document.currentScript instanceof HTMLScriptElement ? document.currentScript : null;
const config = readLauncherConfig(script, window.location.href);

function boot(): void {
  // Embedded twice by mistake: keep the first widget.
  if (window.Postino) return;
  window.Postino = startLauncher(config);
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', boot, { once: true });
else boot();
