import { App } from 'antd';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { type BlockerFunction, useBlocker } from 'react-router-dom';

/**
 * While a page holds what the clerk typed and has not saved, leaving it is asked first, so a figure typed is not lost
 * unsaid: a link or menu click inside the app opens a dialog (留在本页 keeps the page as it is); a reload, a close or
 * another address gets the browser's own question (its own words: a page may not choose them). A page that leaves on
 * its own after saving (to the record it made) calls `allow()` first: what it held is saved by then.
 */
export function useLeaveGuard(unsaved: boolean): { allow(): void } {
  const { t } = useTranslation();
  // the app's own dialog (App.useApp): its theme, its language and no opening zoom where motion is turned off
  const { modal } = App.useApp();
  const held = useRef(unsaved);
  held.current = unsaved;
  const allowed = useRef(false);
  useEffect(() => {
    if (unsaved) allowed.current = false;
  }, [unsaved]);
  const holds = useCallback<BlockerFunction>(
    ({ currentLocation, nextLocation }) =>
      held.current && !allowed.current && currentLocation.pathname !== nextLocation.pathname,
    [],
  );
  const { proceed, reset } = useBlocker(holds);
  useEffect(() => {
    // proceed and reset are there only while a navigation is held: one dialog for each
    if (!proceed || !reset) return;
    const dialog = modal.confirm({
      title: t('common.leaveTitle'),
      content: t('common.leaveText'),
      okText: t('common.leave'),
      cancelText: t('common.stay'),
      okButtonProps: { danger: true, 'data-testid': 'leave-confirm' } as never,
      cancelButtonProps: { 'data-testid': 'leave-stay' } as never,
      onOk: proceed,
      onCancel: reset,
    });
    return () => dialog.destroy();
  }, [proceed, reset, t, modal]);
  useEffect(() => {
    if (!unsaved) return;
    const ask = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      // older browsers ask only when a value is set
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [unsaved]);
  return useMemo(
    () => ({
      allow: () => {
        allowed.current = true;
      },
    }),
    [],
  );
}
