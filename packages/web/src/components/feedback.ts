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
      /** Something done with a consequence the user must act on: shown longer. */
      warning: (text: string) => {
        void message.warning({ content: text, duration: 12 });
      },
    }),
    [message],
  );
}
