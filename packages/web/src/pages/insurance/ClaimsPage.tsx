import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Segmented, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useSession } from '../../auth/session.tsx';
import { linkColumn } from '../../components/columns.tsx';
import { formatFen } from '../../components/format.ts';
import { ListImport } from '../../components/ListImport.tsx';
import { useHomeOrgId } from '../../components/useHomeOrg.ts';
import { useLoad } from '../../components/useLoad.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { DecisionButtons } from './ClaimDecision.tsx';
import { ClaimStatus, ReviewButtons } from './ClaimReview.tsx';
import { ClaimsTable } from './ClaimsTable.tsx';
import { useClaimFactColumns } from './claim-columns.tsx';
import { CLAIM_DOCUMENTS, type Claim, insuranceApi } from './insurance-api.ts';

/** The views of the list, kept in the address (`?show=`): at my step (no parameter), awaiting the insurer, all. */
const SHOWS = ['mine', 'decision', 'all'] as const;
type Show = (typeof SHOWS)[number];
const showOf = (v: string | null): Show => SHOWS.find((s) => s === v && s !== 'mine') ?? 'mine';
/** What each view asks of the claims list. */
const SHOW_QUERY: Record<Show, { awaiting?: true; awaitingDecision?: true }> = {
  mine: { awaiting: true },
  decision: { awaitingDecision: true },
  all: {},
};
const EMPTY: Record<Show, string> = {
  mine: 'ins.claims.noneAwaiting',
  decision: 'ins.claims.noneDecision',
  all: 'ins.claim.empty',
};

/**
 * Staff: the claims of my union's subtree and those waiting at my union's step of the chain (the grassroots union,
 * the street, the policy's union), each with its timeline; forward or return at my step; those my union forwarded
 * to the insurer on its own policies, whose decision it records.
 */
export default function ClaimsPage() {
  const { t } = useTranslation();
  const facts = useClaimFactColumns();
  usePageTitle(t('ins.claims.title'));
  const [params, setParams] = useSearchParams();
  const show = showOf(params.get('show'));
  const home = useHomeOrgId();
  const { can } = useSession();
  // the list, its export and its export with full ID numbers ask for the same claims
  const query = { orgId: home, ...SHOW_QUERY[show] };
  const claims = useLoad(() => insuranceApi.claims(query), [home, show]);
  return (
    <Card
      title={t('ins.claims.title')}
      extra={
        <Space wrap>
          <ListImport register="insurance-claims" onClosed={claims.reload} />
          {/* the list as shown (its union and view), for a clerk to sum against the register brought in */}
          <Button
            icon={<DownloadOutlined />}
            href={insuranceApi.claimsUrl(query)}
            data-testid="ins-claims-export"
          >
            {t('ins.claims.export')}
          </Button>
          {can('people.reveal_id') && (
            <Button
              icon={<DownloadOutlined />}
              href={insuranceApi.claimsUrl(query, true)}
              data-testid="ins-claims-export-full"
            >
              {t('ins.claims.exportFull')}
            </Button>
          )}
          <Segmented
            value={show}
            onChange={(v) => setParams(v === 'mine' ? {} : { show: v })}
            options={[
              { value: 'mine', label: t('ins.claims.awaiting') },
              { value: 'decision', label: t('ins.claims.decision') },
              { value: 'all', label: t('ins.claims.all') },
            ]}
            data-testid="ins-claims-show"
          />
        </Space>
      }
    >
      <ClaimsTable
        claims={claims}
        empty={t(EMPTY[show])}
        checklist={(c) => CLAIM_DOCUMENTS[c.kind] ?? []}
        onDone={claims.reload}
        testId="ins-claims-review"
        scrollX={1300}
        columns={[
          // who stays in sight while the row scrolls sideways
          { title: t('ins.claim.person'), dataIndex: 'personName', width: 90, fixed: 'left' },
          { title: t('ins.claims.union'), dataIndex: 'orgName', width: 150, ellipsis: true },
          linkColumn(t('ins.field.title'), 'policyTitle', (c: Claim) => `/insurance/${c.policyId}`, {
            key: 'policy',
            width: 150,
            ellipsis: true,
          }),
          ...facts,
          {
            title: t('ins.claim.payout'),
            dataIndex: 'payoutFen',
            align: 'right',
            width: 110,
            render: (n: number | null) => (n === null ? '—' : formatFen(n)),
          },
          {
            title: '',
            key: 'status',
            width: 220,
            render: (_, c) => (
              <Flex gap={8} wrap align="center">
                <ClaimStatus c={c} />
                <ReviewButtons c={c} onDone={claims.reload} />
                {/* the claims my union forwarded on its own policies: the insurer's answer is recorded here */}
                {show === 'decision' && can('insurance.write') && (
                  <DecisionButtons c={c} onDone={claims.reload} />
                )}
              </Flex>
            ),
          },
        ]}
      />
    </Card>
  );
}
