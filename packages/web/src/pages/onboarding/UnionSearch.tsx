import { Button, Typography } from 'antd';
import { useState } from 'react';
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
