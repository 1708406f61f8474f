import { Empty, Flex, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { CappedNotice } from '../../components/CappedNotice.tsx';
import { emptyText } from '../../components/LoadError.tsx';
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
    <>
      <CappedNotice list={claims.data} />
      <Table<Claim>
        rowKey="id"
        size="small"
        dataSource={claims.data?.items}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: emptyText(claims, <Empty description={empty} />, t('ins.what.claims')) }}
        expandable={{
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
    </>
  );
}
