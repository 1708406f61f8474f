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
      const done = await act();
      if (typeof done === 'string' && done) feedback.success(done);
      await then?.();
    } catch (err) {
      feedback.error(err);
    } finally {
      setBusy(null);
    }
  };
  return { busy, run };
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
 * A page's action without a spinner of its own (a row's 跟进, a confirmed 发布, 全部已读): `act(fn, done)` runs `fn`,
 * toasts `done` (where it has words), then runs `then` (the page's reload); what the server refused is toasted in
 * the current language. One at a time: a press while the last is still running (a double click on 撤回, a second
 * row's button) sends nothing, where it sent the action again and toasted the server's refusal after the success.
 */
export function useAct(then?: () => unknown) {
  const { run } = useSaving();
  const [once] = useState(oneAtATime);
  return (fn: () => Promise<unknown>, done?: string) =>
    once(() =>
      run(async () => {
        await fn();
        return done;
      }, then),
    );
}

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
