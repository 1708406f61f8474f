import { Button, type ButtonProps } from 'antd';
import type { Acts } from './useBusy.ts';

/**
 * A button running one of its page's actions (`useAct`): `on` is the action's key, `run` what it does and `done` the
 * words it toasts; the button spins while that action runs.
 */
export function ActButton<K extends string | number>({
  acts,
  on,
  run,
  done,
  ...button
}: Omit<ButtonProps, 'loading' | 'onClick'> & {
  acts: Acts<K>;
  on: K;
  run: () => Promise<unknown>;
  done?: string;
}) {
  return <Button {...button} loading={acts.busy === on} onClick={() => acts.act(on, run, done)} />;
}
