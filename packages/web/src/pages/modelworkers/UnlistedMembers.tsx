import { Alert, Button, Flex, Modal, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useSession } from '../../auth/session.tsx';
import { CappedTable } from '../../components/CappedTable.tsx';
import { formatCount } from '../../components/format.ts';
import { useLoad } from '../../components/useLoad.ts';
import { useNarrow } from '../../components/useNarrow.ts';
import { LEVEL_COLOR, modelWorkersApi } from './modelworkers-api.ts';
import { type MemberToRegister, RegisterModal } from './RegisterModal.tsx';

type Unlisted = Awaited<ReturnType<typeof modelWorkersApi.unlistedMembers>>['items'][number];

/**
 * Above the register: how many members of the union's subtree the members list counts as 劳模 (their record gives
 * a level) while the register does not hold them, and who they are, so the clerk can bring the two registers
 * together: each one registered from the list (登记) with their name and union filled in and linked by their id;
 * the list, its count and the register (`onRegistered`) read again after. Nothing is shown while there are none.
 */
export function UnlistedMembers({
  orgId,
  onRegistered,
}: {
  orgId: number | undefined;
  onRegistered?: () => unknown;
}) {
  const { t } = useTranslation();
  const { can } = useSession();
  const narrow = useNarrow();
  const [open, setOpen] = useState(false);
  const [registering, setRegistering] = useState<MemberToRegister | null>(null);
  const list = useLoad(() => modelWorkersApi.unlistedMembers(orgId), [orgId]);
  const data = list.data;
  if (!data?.total) return null;
  const writes = can('modelworkers.write');
  const nameOf = (r: Unlisted) =>
    can('people.read') ? <Link to={`/members/${r.personId}`}>{r.name}</Link> : r.name;
  const levelOf = (r: Unlisted) => (
    <Tag color={LEVEL_COLOR[r.level]} style={{ marginInlineEnd: 0 }}>
      {t(`modelWorkerLevel.${r.level}`)}
    </Tag>
  );
  const register = (r: Unlisted) => (
    <Button
      size="small"
      title={t('mw.unlisted.registerHint')}
      onClick={() => setRegistering(r)}
      data-testid={`mw-unlisted-register-${r.personId}`}
    >
      {t('mw.unlisted.register')}
    </Button>
  );
  const action = writes
    ? [{ title: t('mw.unlisted.action'), key: 'register', width: 80, render: register }]
    : [];
  // On a phone each member is one cell read as a card: the name and level, then the union and the masked number,
  // each wrapping whole words instead of one character a line in four narrow columns.
  const columns = narrow
    ? [
        {
          title: t('mw.unlisted.name'),
          key: 'member',
          render: (_: unknown, r: Unlisted) => (
            <Flex vertical gap={2}>
              <Flex justify="space-between" align="center" gap={8}>
                <span style={{ fontWeight: 500 }}>{nameOf(r)}</span>
                {levelOf(r)}
              </Flex>
              <Typography.Text type="secondary" style={{ fontSize: 12, wordBreak: 'keep-all' }}>
                {r.orgName}
              </Typography.Text>
              <Flex justify="space-between" align="center" gap={8}>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {r.idMasked}
                </Typography.Text>
                {writes && register(r)}
              </Flex>
            </Flex>
          ),
        },
      ]
    : [
        {
          title: t('mw.unlisted.name'),
          key: 'name',
          render: (_: unknown, r: Unlisted) => <span style={{ whiteSpace: 'nowrap' }}>{nameOf(r)}</span>,
        },
        { title: t('mw.unlisted.id'), dataIndex: 'idMasked', width: 190 },
        {
          title: t('mw.unlisted.level'),
          key: 'level',
          render: (_: unknown, r: Unlisted) => levelOf(r),
        },
        { title: t('mw.unlisted.union'), dataIndex: 'orgName' },
        ...action,
      ];
  return (
    <>
      <Alert
        type="warning"
        showIcon
        data-testid="mw-unlisted"
        style={{ marginBottom: 12 }}
        message={t(data.registered ? 'mw.unlisted.notice' : 'mw.unlisted.noticeEmpty', {
          n: formatCount(data.total),
        })}
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
        width={900}
      >
        <Typography.Paragraph type="secondary">{t('mw.unlisted.hint')}</Typography.Paragraph>
        <CappedTable
          list={list}
          rowKey="personId"
          pageSize={10}
          empty={t('mw.unlisted.none')}
          data-testid="mw-unlisted-list"
          columns={columns}
        />
      </Modal>
      {registering && (
        <RegisterModal
          member={registering}
          onClose={() => setRegistering(null)}
          onSaved={() => {
            setRegistering(null);
            void list.reload();
            void onRegistered?.();
          }}
        />
      )}
    </>
  );
}
