// sessionStorage where the browser allows it: a sandboxed iframe or a strict privacy mode
// throws on access, and the widget must then still work (it only forgets on reload).
export function sessionStorageOrNull(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}
