import type { ButtonProps } from 'antd';
import { App } from 'antd';
import { useCallback, useEffect, useRef } from 'react';
import { useNavigate } from 'react-router';
import { useLocale } from '../../app/locale';

/**
 * The dirty-form guard (CMR_14): while `dirty`, leaving the page through any link (sidebar,
 * breadcrumb, list link) or closing the tab asks first. The app uses a BrowserRouter (no data
 * router, so no `useBlocker`): links are caught in the capture phase before react-router sees
 * them. `confirmLeave(to)` does the same for the page's own Cancel / Back buttons.
 */
export function useLeaveGuard(dirty: boolean): (to: string) => void {
  const { modal } = App.useApp();
  const { t } = useLocale();
  const navigate = useNavigate();
  const dirtyRef = useRef(dirty);
  dirtyRef.current = dirty;

  const ask = useCallback(
    (go: () => void) => {
      modal.confirm({
        title: t('reporting.leave.title'),
        content: t('reporting.leave.text'),
        okText: t('reporting.leave.ok'),
        cancelText: t('reporting.leave.stay'),
        okButtonProps: { danger: true, 'data-testid': 'leave-confirm' } as ButtonProps,
        onOk: go,
      });
    },
    [modal, t],
  );

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
