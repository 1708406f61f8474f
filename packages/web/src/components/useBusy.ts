import { useState } from 'react';
import { useFeedback } from './feedback.ts';

/**
 * One action at a time on a page's rows or buttons (issue 46): `busy` is the key of the one running (its button
 * spins), `run(key, act, then)` runs `act`, toasts the words it answers (none when it answers no words), then
 * `then` (the list's reload); what the server refused is toasted in the current language.
 */
export function useBusy<K extends string | number>() {
  const feedback = useFeedback();
  const [busy, setBusy] = useState<K | null>(null);
  const run = async (key: K, act: () => Promise<unknown>, then?: () => unknown) => {
    setBusy(key);
    try {
      await told(feedback, act, then);
    } finally {
      setBusy(null);
    }
  };
  return { busy, run };
}

/**
 * Runs `act`, toasts the words it answers (none when it answers no words), then `then`; what the server refused is
 * toasted in the current language.
 */
async function told(
  feedback: ReturnType<typeof useFeedback>,
  act: () => Promise<unknown>,
  then?: () => unknown,
) {
  try {
    const done = await act();
    if (typeof done === 'string' && done) feedback.success(done);
    await then?.();
  } catch (err) {
    feedback.error(err);
  }
}

/**
 * One action of a form or a card at a time (保存, 提交, 发送): `busy` while it runs (the button spins),
 * `run(act, then)` as `useBusy`'s.
 */
export function useSaving() {
  const { busy, run } = useBusy<'on'>();
  return {
    busy: busy !== null,
    run: (act: () => Promise<unknown>, then?: () => unknown) => run('on', act, then),
  };
}

/**
 * A page's actions, one at a time (a row's 跟进, a confirmed 发布, 全部已读): `act(key, fn, done)` runs `fn`, toasts
 * `done` (where it has words), then runs `then` (the page's reload); what the server refused is toasted in the
 * current language. `busy` is the key of the one running, null when none: its button spins
 * (`loading={busy === key}`), and a button acting on the same record waits meanwhile (`disabled`). One at a time: a
 * press while the last is still running (a double click on 撤回, a second row's button) sends nothing and leaves
 * `busy` as it was, where it sent the action again and toasted the server's refusal after the success.
 */
export function useAct<K extends string | number = string | number>(then?: () => unknown) {
  const feedback = useFeedback();
  const [busy, setBusy] = useState<K | null>(null);
  const [once] = useState(() => oneKeyAtATime<K>(setBusy));
  const act = (key: K, fn: () => Promise<unknown>, done?: string) =>
    once(key, () => told(feedback, () => fn().then(() => done), then));
  return { act, busy };
}

/** What `useAct` answers, for a part of a page that acts with its page's actions. */
export type Acts<K extends string | number = string | number> = ReturnType<typeof useAct<K>>;

/**
 * Runs `act` unless the last one it was given is still running, when it answers at once without running it (the
 * busy flag is set before the first await, so a second click in the same tick is turned away too).
 */
export function oneAtATime() {
  let running = false;
  return async (act: () => Promise<unknown>): Promise<void> => {
    if (running) return;
    running = true;
    try {
      await act();
    } finally {
      running = false;
    }
  };
}

/**
 * `oneAtATime` with the key of the action running told to `setBusy`: the key before `act` runs, null once it has
 * finished (or failed); a press turned away tells nothing.
 */
export function oneKeyAtATime<K>(setBusy: (key: K | null) => void) {
  const once = oneAtATime();
  return (key: K, act: () => Promise<unknown>) =>
    once(async () => {
      setBusy(key);
      try {
        await act();
      } finally {
        setBusy(null);
      }
    });
}

/**
 * One attempt of a form at a time whose refusal the form shows itself (`FormFailure`, an alert), not toasted:
 * `busy` while `run(act)` runs, `failure` (null until an attempt is refused, cleared by the next one or by
 * `setFailure(null)`, when the form starts afresh).
 */
export function useAttempt() {
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const run = async (act: () => Promise<unknown>) => {
    setBusy(true);
    setFailure(null);
    try {
      await act();
    } catch (err) {
      setFailure(err);
    } finally {
      setBusy(false);
    }
  };
  return { busy, failure, setFailure, run };
}

/**
 * One save of a settings card at a time, its refusal kept for the card to show (not toasted): `busy` while it
 * runs, `failure` (null until a save is refused, cleared by the next), `run(act)` toasting the words `act` answers.
 */
export function useCardSave() {
  const feedback = useFeedback();
  const { busy, failure, run } = useAttempt();
  return {
    busy,
    failure,
    run: (act: () => Promise<string>) => run(async () => feedback.success(await act())),
  };
}
