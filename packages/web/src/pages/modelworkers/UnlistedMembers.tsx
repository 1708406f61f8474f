import { Alert, Button, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useSession } from '../../auth/session.tsx';
import { CappedTable } from '../../components/CappedTable.tsx';
import { formatCount } from '../../components/format.ts';
import { useLoad } from '../../components/useLoad.ts';
import { modelWorkersApi } from './modelworkers-api.ts';

/**
 * Above the register: how many members of the union's subtree the members list counts as 劳模 (their record gives
 * a level) while the register does not hold them, and who they are, so the clerk can bring the two registers
 * together. Nothing is shown while there are none.
 */
export function UnlistedMembers({ orgId }: { orgId: number | undefined }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const [open, setOpen] = useState(false);
  const list = useLoad(() => modelWorkersApi.unlistedMembers(orgId), [orgId]);
  const data = list.data;
  if (!data?.total) return null;
  return (
    <>
      <Alert
        type="warning"
        showIcon
        data-testid="mw-unlisted"
        style={{ marginBottom: 12 }}
        message={t('mw.unlisted.notice', { n: formatCount(data.total) })}
        action={
          <Button size="small" onClick={() => setOpen(true)} data-testid="mw-unlisted-show">
            {t('mw.unlisted.show')}
          </Button>
        }
      />
      <Modal
        open={open}
        title={t('mw.unlisted.title')}
        onCancel={() => setOpen(false)}
        footer={null}
        width={860}
      >
        <Typography.Paragraph type="secondary">{t('mw.unlisted.hint')}</Typography.Paragraph>
        <CappedTable
          list={list}
          rowKey="personId"
          pageSize={10}
          empty={t('mw.unlisted.none')}
          data-testid="mw-unlisted-list"
          columns={[
            {
              title: t('mw.unlisted.name'),
              dataIndex: 'name',
              render: (name: string, r) =>
                can('people.read') ? <Link to={`/members/${r.personId}`}>{name}</Link> : name,
            },
            { title: t('mw.unlisted.id'), dataIndex: 'idMasked' },
            {
              title: t('mw.unlisted.level'),
              dataIndex: 'level',
              render: (level: string) => t(`modelWorkerLevel.${level}`),
            },
            { title: t('mw.unlisted.union'), dataIndex: 'orgName' },
          ]}
        />
      </Modal>
    </>
  );
}
