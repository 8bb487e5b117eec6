import type { ButtonProps } from 'antd';
import { App } from 'antd';
import { useCallback, useEffect, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useLocale } from '../../app/locale';
import { activateHistoryGuard } from './history-guard';

/** The history index react-router keeps in each entry's state (null for an entry it did not make). */
const historyIndex = (): number | null => {
  const idx = (window.history.state as { idx?: unknown } | null)?.idx;
  return typeof idx === 'number' ? idx : null;
};

/**
 * The dirty-form guard (CMR_14): while `dirty`, leaving the page through any link (sidebar,
 * breadcrumb, list link), the browser's Back or Forward button, or closing the tab asks first.
 * The app uses a BrowserRouter (no data router, so no `useBlocker`): links are caught in the
 * capture phase before react-router sees them; a history move reaches this guard before
 * react-router (history-guard.ts), which hides it from the router, puts the address back (that
 * move is hidden too) and, if the user leaves anyway, replays the move for the router. `confirmLeave(to)` does the same for the page's own Cancel / Back buttons.
 */
export function useLeaveGuard(dirty: boolean): (to: string) => void {
  const { modal } = App.useApp();
  const { t } = useLocale();
  const navigate = useNavigate();
  const dirtyRef = useRef(dirty);
  dirtyRef.current = dirty;
  const location = useLocation();
  /** This page's history index, read again whenever the address changes (a replace keeps it). */
  const hereRef = useRef<number | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: read again on each new location
  useEffect(() => {
    hereRef.current = historyIndex();
  }, [location.key]);

  const ask = useCallback(
    (go: () => void, stay?: () => void) => {
      modal.confirm({
        title: t('reporting.leave.title'),
        content: t('reporting.leave.text'),
        okText: t('reporting.leave.ok'),
        cancelText: t('reporting.leave.stay'),
        okButtonProps: { danger: true, 'data-testid': 'leave-confirm' } as ButtonProps,
        onOk: go,
        onCancel: stay,
      });
    },
    [modal, t],
  );

  useEffect(() => {
    let restoring = false;
    let passing = false;
    let asking = false;
    const onPop = (event: PopStateEvent) => {
      if (passing) {
        passing = false;
        return;
      }
      if (restoring) {
        restoring = false;
        event.stopImmediatePropagation();
        return;
      }
      const here = hereRef.current;
      const there = historyIndex();
      if (!dirtyRef.current || here === null || there === null || here === there) return;
      event.stopImmediatePropagation();
      const delta = there - here;
      restoring = true;
      window.history.go(-delta);
      if (asking) return;
      asking = true;
      ask(
        () => {
          asking = false;
          passing = true;
          window.history.go(delta);
        },
        () => {
          asking = false;
        },
      );
    };
    return activateHistoryGuard(onPop);
  }, [ask]);

  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (!dirtyRef.current || event.defaultPrevented || event.button !== 0) return;
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const anchor = (event.target as Element | null)?.closest?.('a[href]');
      if (!anchor || anchor.getAttribute('target') === '_blank' || anchor.hasAttribute('download')) return;
      const url = new URL((anchor as HTMLAnchorElement).href, window.location.href);
      if (url.origin !== window.location.origin || url.pathname.startsWith('/api/')) return;
      if (url.pathname === window.location.pathname && url.search === window.location.search) return;
      event.preventDefault();
      event.stopPropagation();
      ask(() => navigate(url.pathname + url.search));
    };
    const onUnload = (event: BeforeUnloadEvent) => {
      if (!dirtyRef.current) return;
      event.preventDefault();
      event.returnValue = '';
    };
    document.addEventListener('click', onClick, true);
    window.addEventListener('beforeunload', onUnload);
    return () => {
      document.removeEventListener('click', onClick, true);
      window.removeEventListener('beforeunload', onUnload);
    };
  }, [ask, navigate]);

  return useCallback(
    (to: string) => {
      if (dirtyRef.current) ask(() => navigate(to));
      else navigate(to);
    },
    [ask, navigate],
  );
}
