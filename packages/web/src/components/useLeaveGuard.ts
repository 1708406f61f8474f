import { useEffect } from 'react';

/**
 * While a page holds what the clerk typed and has not saved, the browser asks before the page is reloaded, closed
 * or left for another address (its own words: a page may not choose them), so a figure typed is not lost unsaid.
 */
export function useLeaveGuard(unsaved: boolean): void {
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
}
