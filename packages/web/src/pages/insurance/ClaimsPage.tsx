import { Card, Flex, Segmented, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { linkColumn } from '../../components/columns.tsx';
import { formatFen } from '../../components/format.ts';
import { ListImport } from '../../components/ListImport.tsx';
import { useHomeOrgId } from '../../components/useHomeOrg.ts';
import { useLoad } from '../../components/useLoad.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { ClaimStatus, ReviewButtons } from './ClaimReview.tsx';
import { ClaimsTable } from './ClaimsTable.tsx';
import { useClaimFactColumns } from './claim-columns.tsx';
import { CHECKLIST, type Claim, insuranceApi } from './insurance-api.ts';

/**
 * Staff: the claims of my union's subtree and those waiting at my union's step of the chain (the grassroots union,
 * the street, the policy's union), each with its timeline; forward or return at my step.
 */
export default function ClaimsPage() {
  const { t } = useTranslation();
  const facts = useClaimFactColumns();
  usePageTitle(t('ins.claims.title'));
  const [params, setParams] = useSearchParams();
  const awaiting = params.get('show') !== 'all';
  const home = useHomeOrgId();
  const claims = useLoad(
    () => insuranceApi.claims({ orgId: home, ...(awaiting ? { awaiting: true } : {}) }),
    [home, awaiting],
  );
  return (
    <Card
      title={t('ins.claims.title')}
      extra={
        <Space wrap>
          <ListImport register="insurance-claims" onClosed={claims.reload} />
          {
            <Segmented
              value={awaiting ? 'mine' : 'all'}
              onChange={(v) => setParams(v === 'all' ? { show: 'all' } : {})}
              options={[
                { value: 'mine', label: t('ins.claims.awaiting') },
                { value: 'all', label: t('ins.claims.all') },
              ]}
              data-testid="ins-claims-show"
            />
          }
        </Space>
      }
    >
      <ClaimsTable
        claims={claims}
        empty={t(awaiting ? 'ins.claims.noneAwaiting' : 'ins.claim.empty')}
        checklist={(c) => CHECKLIST[c.kind] ?? []}
        onDone={claims.reload}
        testId="ins-claims-review"
        scrollX={1000}
        columns={[
          { title: t('ins.claim.person'), dataIndex: 'personName' },
          { title: t('ins.claims.union'), dataIndex: 'orgName', ellipsis: true },
          linkColumn(t('ins.field.title'), 'policyTitle', (c: Claim) => `/insurance/${c.policyId}`, {
            key: 'policy',
            ellipsis: true,
          }),
          ...facts,
          {
            title: t('ins.claim.payout'),
            dataIndex: 'payoutFen',
            align: 'right',
            render: (n: number | null) => (n === null ? '—' : formatFen(n)),
          },
          {
            title: '',
            key: 'status',
            width: 300,
            render: (_, c) => (
              <Flex gap={8} wrap align="center">
                <ClaimStatus c={c} />
                <ReviewButtons c={c} onDone={claims.reload} />
              </Flex>
            ),
          },
        ]}
      />
    </Card>
  );
}
