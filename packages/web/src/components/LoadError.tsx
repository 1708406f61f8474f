import { Button, Flex, Result, Skeleton, Spin } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../api/client.ts';
import type { Loaded } from './useLoad.ts';

/**
 * What a page (or a part of one) shows when its data could not be loaded: what failed and why, in words
 * ("加载项目列表失败：服务器出错，请稍后重试"), and 重试 — never an empty list or a zero.
 */
export function LoadError({ error, retry, what }: { error: unknown; retry?: () => void; what?: string }) {
  const { t } = useTranslation();
  const reason = errorMessage(error);
  return (
    <Result
      status="warning"
      title={what ? t('load.failed', { what, reason }) : reason}
      data-testid="load-error"
      extra={
        retry ? (
          <Button type="primary" onClick={retry} data-testid="load-retry">
            {t('load.retry')}
          </Button>
        ) : undefined
      }
    />
  );
}

/** The spinner that stands where data will be: nothing that could be read as a figure or an empty list. */
export function Loading({ compact }: { compact?: boolean }) {
  return (
    <Flex justify="center" style={{ padding: compact ? 8 : 48 }} data-testid="loading">
      <Spin />
    </Flex>
  );
}

/** What stands where data is not (yet) at hand: the error with 重试 after a failure, else the spinner. */
export function LoadState({
  state,
  what,
  compact,
}: {
  state: Loaded<unknown>;
  what: string;
  compact?: boolean;
}) {
  if (state.error) return <LoadError error={state.error} retry={() => void state.reload()} what={what} />;
  return <Loading compact={compact} />;
}

/** A phone page's card of grey lines while its data is on the way. */
export function PhoneLoading() {
  return (
    <div className="m-card">
      <Skeleton active />
    </div>
  );
}

/** A phone page's data not at hand: the error with 重试 after a failure, else the card of grey lines. */
export function PhoneLoadState({ state, what }: { state: Loaded<unknown>; what: string }) {
  if (state.error) return <LoadError error={state.error} retry={state.reload} what={what} />;
  return <PhoneLoading />;
}

/**
 * Renders `children` with the data once it has come; until then a spinner, and after a failure the error
 * with 重试 (also when older data is at hand: figures from before a failed reload would mislead).
 */
export function LoadGate<T>({
  state,
  what,
  compact,
  children,
}: {
  state: Loaded<T>;
  what: string;
  compact?: boolean;
  children: (data: T) => ReactNode;
}) {
  if (state.error || state.data === undefined)
    return <LoadState state={state} what={what} compact={compact} />;
  return <>{children(state.data)}</>;
}

/**
 * A table's empty text: the spinner until the first answer, the error with 重试 when it failed, then
 * `empty` (so "no data" never shows before or instead of the answer).
 */
export function emptyText(state: Loaded<unknown>, empty?: ReactNode, what?: string): ReactNode {
  if (state.error) return <LoadError error={state.error} retry={() => void state.reload()} what={what} />;
  return state.data === undefined ? <Loading compact /> : empty;
}
