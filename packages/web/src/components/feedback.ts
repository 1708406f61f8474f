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
      /**
       * The page's own refusal before anything is sent (a required choice left empty): its words as they are. A
       * thrown `Error` given to `error` would read as a network failure, since only the server's errors are explained.
       */
      refuse: (text: string) => {
        void message.error(text);
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
