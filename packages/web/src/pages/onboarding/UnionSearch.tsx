import { Alert, Button, Empty, Input, Spin, Typography } from 'antd';
import { type CSSProperties, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client.ts';
import { onboardingApi, type UnionHit } from './onboarding-api.ts';

/** Where a search for a union by its name stands: not asked, asking, failed (with what was asked), answered. */
export type UnionSearch =
  | { state: 'idle' }
  | { state: 'loading' }
  | { state: 'error'; error: unknown; q: string }
  | { state: 'done'; items: UnionHit[] };

/**
 * A worker's search for a union by its name (GET /api/join/unions), as joining and a transfer request ask it:
 * `find(text)` asks (an empty text asks nothing), `clear()` forgets the answer.
 */
export function useUnionSearch() {
  const [search, setSearch] = useState<UnionSearch>({ state: 'idle' });
  const find = async (raw: string) => {
    const q = raw.trim();
    if (!q) {
      setSearch({ state: 'idle' });
      return;
    }
    setSearch({ state: 'loading' });
    try {
      setSearch({ state: 'done', items: (await onboardingApi.findUnions(q)).items });
    } catch (error) {
      setSearch({ state: 'error', error, q });
    }
  };
  return { search, find, clear: () => setSearch({ state: 'idle' }) };
}

/** The union a worker picked: its name, the unions above it, and a link to pick another (`change`). */
export function PickedUnion({
  union,
  change,
  onChange,
  testId,
}: {
  union: UnionHit;
  change: string;
  onChange: () => void;
  testId: string;
}) {
  return (
    <div data-testid={testId}>
      <Typography.Text strong>{union.name}</Typography.Text>
      <div>
        <Typography.Text type="secondary">{union.chain.join(' / ')}</Typography.Text>
      </div>
      <Button type="link" style={{ paddingLeft: 0 }} onClick={onChange}>
        {change}
      </Button>
    </div>
  );
}

/**
 * A worker's search for a union by its name (`useUnionSearch`'s `search` and `find`), as joining and a transfer
 * request show it: the search box (`<testId>-search`) over its answer (in `answerStyle`) — `idle` before it asks, a
 * spinner while it asks, the failure with a button to ask again, `empty` when no union matches (`<testId>-empty`),
 * else each union found as `hit` shows it (with the button that picks it; null leaves one out).
 */
export function UnionFinder({
  search,
  find,
  placeholder,
  empty,
  idle,
  hit,
  testId,
  answerStyle,
}: {
  search: UnionSearch;
  find: (text: string) => void;
  placeholder: string;
  empty: string;
  idle?: ReactNode;
  hit: (union: UnionHit) => ReactNode;
  testId: string;
  answerStyle?: CSSProperties;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Input.Search
        size="large"
        maxLength={50}
        placeholder={placeholder}
        enterButton={t('common.search')}
        onSearch={find}
        loading={search.state === 'loading'}
        data-testid={`${testId}-search`}
      />
      <div style={answerStyle}>
        {search.state === 'idle' && idle}
        {search.state === 'loading' && <Spin tip={t('onb.join.searching')} />}
        {search.state === 'error' && (
          <Alert
            type="error"
            showIcon
            title={errorMessage(search.error)}
            action={
              <Button size="small" onClick={() => find(search.q)}>
                {t('common.refresh')}
              </Button>
            }
          />
        )}
        {search.state === 'done' && search.items.length === 0 && (
          <Empty description={empty} data-testid={`${testId}-empty`} />
        )}
        {search.state === 'done' && search.items.map(hit)}
      </div>
    </>
  );
}
