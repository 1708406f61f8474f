import { Card, Empty, Flex, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CappedNotice } from '../../components/CappedNotice.tsx';
import { emptyText } from '../../components/LoadError.tsx';
import { OrgSelect } from '../../components/OrgSelect.tsx';
import { optionsOf } from '../../components/options.ts';
import { useUnionParams } from '../../components/useListParams.ts';
import { useLoad } from '../../components/useLoad.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { congressesApi, PROPOSAL_FILTERS, type ProposalFilter } from './congresses-api.ts';
import { ProposalDrawer } from './ProposalDrawer.tsx';
import { ProposalTable } from './SessionPage.tsx';

/**
 * Staff: the proposals of the subtree's congresses by status, or those waiting to be assigned (待交办: accepted and
 * opinions) — the committee's and the departments' work list.
 */
export default function ProposalsPage() {
  const { t } = useTranslation();
  usePageTitle(t('cong.proposalsNav'));
  const { params, set, orgId, pickUnion } = useUnionParams();
  const status = PROPOSAL_FILTERS.find((s) => s === params.get('status'));
  const list = useLoad(() => congressesApi.proposals({ orgId, status }), [orgId, status]);
  const [open, setOpen] = useState<number | null>(params.get('open') ? Number(params.get('open')) : null);
  return (
    <Card
      title={t('cong.proposalsNav')}
      extra={
        <Flex gap={8} wrap>
          <OrgSelect value={orgId ?? null} onChange={pickUnion} />
          <Select
            allowClear
            style={{ minWidth: 140 }}
            placeholder={t('cong.proposal.allStatuses')}
            value={status}
            onChange={(v) => set('status', v)}
            options={optionsOf(PROPOSAL_FILTERS, (s: ProposalFilter) =>
              s === 'to_assign' ? t('cong.proposal.toAssign') : t(`cong.status.${s}`),
            )}
            aria-label={t('cong.proposal.allStatuses')}
            data-testid="cong-status-filter"
          />
        </Flex>
      }
    >
      <CappedNotice list={list.data} />
      <ProposalTable
        rows={list.data?.items}
        onOpen={setOpen}
        empty={emptyText(list, <Empty description={t('cong.proposal.empty')} />, t('cong.what.proposals'))}
      />
      {open && (
        <ProposalDrawer
          id={open}
          siblings={list.data?.items ?? []}
          onClose={() => setOpen(null)}
          onChanged={list.reload}
        />
      )}
    </Card>
  );
}
