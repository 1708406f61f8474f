import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { api, queryString, unwrap } from '../../api/client.ts';
import type { MemberQuery, Person } from '../../api/types.ts';
import { useSession } from '../../auth/session.tsx';
import { ListImport } from '../../components/ListImport.tsx';
import { PeopleList, usePeopleListParams } from '../../components/PeopleList.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { useMemberColumns } from './MemberListPage.columns.tsx';

const FLAGS = ['isFrontLine', 'isOutdoor', 'isNewEmployment', 'female', 'modelWorker', 'hardship'] as const;
type Flag = (typeof FLAGS)[number];

/** The member list: the server searches, filters and pages; the browser holds one page at a time. */
export default function MemberListPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('member.listTitle'));
  const { can } = useSession();
  const navigate = useNavigate();
  const at = usePeopleListParams();
  const { params, orgId, q, page, pageSize, update } = at;
  const flags = FLAGS.filter((f) => params.get(f) === '1');
  // 已离会: the people whose membership ended (retired, left the unit, died …), with the day and why
  const ended = params.get('ended') === '1';

  const query: MemberQuery = { page, pageSize };
  if (orgId) query.orgId = orgId;
  if (q.trim()) query.q = q.trim();
  for (const f of flags) query[f] = true;
  if (ended) query.ended = true;

  const list = useLoad(() => unwrap(api.GET('/api/members', { params: { query } })), [params.toString()]);

  const toggle = (f: Flag, on: boolean) => update({ [f]: on ? '1' : undefined });
  const columns = useMemberColumns(ended);
  const exportHref = `/api/members/export.xlsx${queryString({ orgId, q: q.trim() || undefined, ...Object.fromEntries(flags.map((f) => [f, true])) })}`;

  return (
    <PeopleList<Person>
      title={t('member.listTitle')}
      at={at}
      actions={
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
          {can('people.write') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/members/new')}>
              {t('member.newMember')}
            </Button>
          )}
        </>
      }
      search={{ placeholder: t('member.searchPlaceholder'), testId: 'member-search' }}
      union={{ placeholder: t('member.allUnions'), width: 260, id: 'member-org-filter' }}
      flags={
        <div className="filter-flags" data-testid="member-flags">
          <span className="muted">{t('member.filters')}</span>
          <Tag.CheckableTag
            checked={ended}
            onChange={(on) => update({ ended: on ? '1' : undefined })}
            data-testid="flag-ended"
          >
            {t('member.showEnded')}
          </Tag.CheckableTag>
          {FLAGS.map((f) => (
            <Tag.CheckableTag
              key={f}
              checked={flags.includes(f)}
              onChange={(on) => toggle(f, on)}
              data-testid={`flag-${f}`}
            >
              {t(`member.${f}`)}
            </Tag.CheckableTag>
          ))}
        </div>
      }
      list={list}
      what={t('load.what.members')}
      empty={t('member.empty')}
      scroll={{ x: 960 }}
      onRow={(r) => ({ onClick: () => navigate(`/members/${r.id}`), className: 'clickable-row' })}
      pageSizeOptions={[20, 50, 100, 200]}
      // A short search text is counted only so far past the page: "more than 500", and on as one pages.
      showTotal={(n) =>
        list.data?.totalIsLowerBound
          ? t('member.totalAtLeast', { n: n.toLocaleString(i18n.language) })
          : t('common.total', { count: n })
      }
      columns={columns}
    />
  );
}
