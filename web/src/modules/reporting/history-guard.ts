/**
 * The browser's Back and Forward buttons on a form with unsaved changes. The app's BrowserRouter
 * has no `useBlocker`, and its popstate listener, added when the router mounts, would switch pages
 * before a listener added later by the form could object (React commits the new page, and the
 * form's listener is gone, within the same event). So ONE listener is added when this module
 * loads — before the router mounts, as the routes import it — and hands every history move to
 * the form's guard while one is active; the guard may hide the move from the router
 * (`stopImmediatePropagation`) and put the address back. Without an active guard it does nothing.
 */
export type HistoryGuard = (event: PopStateEvent) => void;

let active: HistoryGuard | null = null;

if (typeof window !== 'undefined') window.addEventListener('popstate', (event) => active?.(event), true);

/** Makes `guard` the one that sees history moves; returns how to stop it. */
export function activateHistoryGuard(guard: HistoryGuard): () => void {
  active = guard;
  return () => {
    if (active === guard) active = null;
  };
}
