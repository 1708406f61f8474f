import { App } from 'antd';
import { useMemo } from 'react';
import { errorMessage } from '../api/client.ts';

/** Toasts in the current language; `error` takes whatever was thrown and shows the server's message. */
export function useFeedback() {
  const { message } = App.useApp();
  return useMemo(
    () => ({
      error: (err: unknown) => {
        void message.error(errorMessage(err));
      },
      success: (text: string) => {
        void message.success(text);
      },
    }),
    [message],
  );
}
