import { DownloadOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { ACCOUNT_STATES } from '../../../../server/src/modules/people/people.vocabulary.ts';
import { api, queryString, unwrap } from '../../api/client.ts';
import type { MemberQuery, MemberRow } from '../../api/types.ts';
import { useSession } from '../../auth/session.tsx';
import { ListImport } from '../../components/ListImport.tsx';
import { createLink, type ListQuery, RegisterList, selectFilter } from '../../components/RegisterList.tsx';
import { useListParams } from '../../components/useListParams.ts';
import { useMemberColumns } from './MemberListPage.columns.tsx';

const FLAGS = ['isFrontLine', 'isOutdoor', 'isNewEmployment', 'female', 'modelWorker', 'hardship'] as const;
type AccountState = (typeof ACCOUNT_STATES)[number];
const isAccountState = (v: string | undefined): v is AccountState =>
  (ACCOUNT_STATES as readonly (string | undefined)[]).includes(v);

/**
 * The members the filters ask for: the union, the words searched, the phone account's state, each flag ticked,
 * those who left.
 */
function memberQuery({ values }: ListQuery): Omit<MemberQuery, 'page' | 'pageSize'> {
  const query: Omit<MemberQuery, 'page' | 'pageSize'> = {};
  const orgId = Number(values.orgId);
  if (orgId) query.orgId = orgId;
  if (values.q) query.q = values.q;
  // a state the address holds that the server does not know (an old link, a typo) is left out, not refused
  if (isAccountState(values.accountState)) query.accountState = values.accountState;
  for (const f of FLAGS) if (values[f]) query[f] = true;
  if (values.ended) query.ended = true;
  return query;
}

/** The member list: the server searches, filters and pages; the browser holds one page at a time. */
export default function MemberListPage() {
  const { t, i18n } = useTranslation();
  const { can } = useSession();
  const navigate = useNavigate();
  const [params] = useListParams();
  const columns = useMemberColumns(params.get('ended') === '1');

  return (
    <RegisterList<MemberRow>
      title={t('member.listTitle')}
      testId="member"
      people={{
        pageSizes: [20, 50, 100, 200],
        flagsLabel: t('member.filters'),
        flagsTestId: 'member-flags',
        // A short search text is counted only so far past the page: "more than 500", and on as one pages.
        showTotal: (n, list) =>
          list.data && 'totalIsLowerBound' in list.data && list.data.totalIsLowerBound
            ? t('member.totalAtLeast', { n: n.toLocaleString(i18n.language) })
            : t('common.total', { count: n }),
      }}
      filters={[
        { kind: 'search', param: 'q', placeholder: t('member.searchPlaceholder'), testId: 'member-search' },
        {
          kind: 'org',
          param: 'orgId',
          tree: true,
          placeholder: t('member.allUnions'),
          width: 260,
          id: 'member-org-filter',
        },
        selectFilter('accountState', ACCOUNT_STATES, (s) => t(`accountState.${s}`), {
          placeholder: t('member.accountState'),
          width: 140,
          testId: 'member-account-filter',
        }),
        // 已离会: the people whose membership ended (retired, left the unit, died …), with the day and why
        { kind: 'tag', param: 'ended', label: t('member.showEnded'), testId: 'flag-ended' },
        ...FLAGS.map((f) => ({
          kind: 'tag' as const,
          param: f,
          label: t(`member.${f}`),
          testId: `flag-${f}`,
        })),
      ]}
      load={(q) =>
        unwrap(
          api.GET('/api/members', {
            params: { query: { ...memberQuery(q), page: q.page, pageSize: q.pageSize } },
          }),
        )
      }
      actions={(list, q) => {
        const { ended: _, ...exported } = memberQuery(q);
        const exportHref = `/api/members/export.xlsx${queryString(exported)}`;
        return (
          <>
            {can('people.export') && (
              // the export a clerk edits and imports again: its last column names each row's member
              <Tooltip title={t('member.exportHint')}>
                <Button icon={<DownloadOutlined />} href={exportHref} data-testid="member-export">
                  {t('member.export')}
                </Button>
              </Tooltip>
            )}
            {can('people.export') && can('people.reveal_id') && (
              // only for roles that may see whole numbers; each such export is audited
              <Tooltip title={t('member.exportFullHint')}>
                <Button
                  icon={<DownloadOutlined />}
                  href={`${exportHref}${exportHref.includes('?') ? '&' : '?'}unmasked=1`}
                  data-testid="member-export-full"
                >
                  {t('member.exportFull')}
                </Button>
              </Tooltip>
            )}
            <ListImport register="members" onClosed={list.reload} />
          </>
        );
      }}
      create={createLink('people.write', t('member.newMember'), 'member-new', '/members/new')}
      what={t('load.what.members')}
      empty={t('member.empty')}
      scroll={{ x: 960 }}
      onRow={(r) => ({ onClick: () => navigate(`/members/${r.id}`), className: 'clickable-row' })}
      columns={columns}
    />
  );
}
