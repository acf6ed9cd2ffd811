// Loads the heavy chat bundle (Web Chat + React, ~3.5 MB) only when the customer first opens
// the panel: a <link> for its stylesheet and a <script> next to the launcher's own URL.
import { CHAT_GLOBAL, CHAT_SCRIPT, CHAT_STYLESHEET, type ChatModule } from '../shared/chat-bridge';

let pending: Promise<ChatModule> | null = null;

function registered(): ChatModule | undefined {
  return (window as unknown as Record<string, ChatModule | undefined>)[CHAT_GLOBAL];
}

function addStylesheet(href: string): void {
  if (document.querySelector(`link[data-postino="${CHAT_STYLESHEET}"]`)) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  link.dataset.postino = CHAT_STYLESHEET;
  document.head.appendChild(link);
}

export function loadChatModule(assetBase: string): Promise<ChatModule> {
  const ready = registered();
  if (ready) return Promise.resolve(ready);
  if (pending) return pending;
  addStylesheet(assetBase + CHAT_STYLESHEET);
  pending = new Promise<ChatModule>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = assetBase + CHAT_SCRIPT;
    script.async = true;
    script.onload = () => {
      const chat = registered();
      // The launcher shows its own notice on any failure: the reason is for a debugger only.
      if (chat) resolve(chat);
      else reject(new Error(CHAT_GLOBAL));
    };
    script.onerror = () => {
      script.remove();
      reject(new Error(CHAT_SCRIPT));
    };
    document.head.appendChild(script);
  }).catch((error: unknown) => {
    pending = null; // let "Try again" load it afresh
    throw error;
  });
  return pending;
}
