import { Flex, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { CappedTable } from '../../components/CappedTable.tsx';
import type { Loaded } from '../../components/useLoad.ts';
import { ClaimFiles } from './ClaimFiles.tsx';
import { ClaimTimeline } from './ClaimReview.tsx';
import type { Claim } from './insurance-api.ts';

/**
 * A capped list of claims as both claim lists show it (a policy's, and the claims of my union's subtree): 50 a
 * page, each claim opening on its timeline and its documents (the `checklist` of its kind), `onDone` after a
 * document is added; the columns are the list's own.
 */
export function ClaimsTable({
  claims,
  empty,
  checklist,
  onDone,
  columns,
  scrollX,
  testId,
}: {
  claims: Loaded<{ items: Claim[]; total: number }>;
  empty: string;
  checklist: (c: Claim) => string[];
  onDone: () => void;
  columns: TableColumnsType<Claim>;
  scrollX: number;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <CappedTable<Claim>
      list={claims}
      what={t('ins.what.claims')}
      empty={empty}
      expandable={{
        fixed: 'left',
        expandedRowRender: (c) => (
          <Flex gap={32} wrap>
            <ClaimTimeline c={c} />
            <div style={{ minWidth: 320 }}>
              <ClaimFiles c={c} checklist={checklist(c)} onDone={onDone} />
            </div>
          </Flex>
        ),
      }}
      data-testid={testId}
      scroll={{ x: scrollX }}
      columns={columns}
    />
  );
}
