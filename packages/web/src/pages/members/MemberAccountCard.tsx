import { Button, Card, Descriptions, Popconfirm, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import type { MemberRow } from '../../api/types.ts';
import { useSession } from '../../auth/session.tsx';
import { formatTime } from '../../components/dates.ts';
import { useFeedback } from '../../components/feedback.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { statusTag } from '../../components/labels.tsx';
import { useSaving } from '../../components/useBusy.ts';
import { useLoad } from '../../components/useLoad.ts';
import { useNarrow } from '../../components/useNarrow.ts';

/** A member's phone account (未开通 / 待激活 / 已激活 / 已停用) in its colour. */
export const AccountStateTag = statusTag<MemberRow['accountState']>(
  { none: 'default', pending: 'warning', active: 'success', disabled: 'error' },
  (t, s) => t(`accountState.${s}`),
);

/**
 * The member's phone account on their page: its state, login name, phone, when opened and last signed in; the
 * union's manager (users.manage) disables it — the worker is signed out at once — or enables it again.
 */
export function MemberAccountCard({ id }: { id: number }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const narrow = useNarrow();
  const feedback = useFeedback();
  const path = { params: { path: { id } } };
  const account = useLoad(() => unwrap(api.GET('/api/members/{id}/phone-account', path)), [id]);
  const { busy, run } = useSaving();
  const a = account.data;
  if (account.error)
    return (
      <Card title={t('member.accountState')}>
        <LoadError error={account.error} retry={account.reload} what={t('member.accountState')} />
      </Card>
    );
  const change = (step: 'disable' | 'enable') =>
    run(async () => {
      try {
        const url = `/api/members/{id}/phone-account/${step}` as const;
        account.set(await unwrap(api.POST(url, path)));
        feedback.success(t(`memberAccount.${step}d`));
      } catch (err) {
        feedback.error(err);
      }
    });
  const manage = can('users.manage') && a && a.state !== 'none';
  return (
    <Card
      title={t('member.accountState')}
      loading={!a}
      data-testid="member-account"
      extra={
        manage &&
        (a.state === 'disabled' ? (
          <Button loading={busy} onClick={() => change('enable')} data-testid="member-account-enable">
            {t('memberAccount.enable')}
          </Button>
        ) : (
          <Popconfirm
            title={t('memberAccount.disableConfirm')}
            description={t('memberAccount.disableHint')}
            okButtonProps={{ danger: true, 'data-testid': 'member-account-disable-ok' } as never}
            onConfirm={() => change('disable')}
          >
            <Button danger loading={busy} data-testid="member-account-disable">
              {t('memberAccount.disable')}
            </Button>
          </Popconfirm>
        ))
      }
    >
      {a && (
        <Space direction="vertical" style={{ width: '100%' }}>
          <span data-testid="member-account-state" data-state={a.state}>
            <AccountStateTag status={a.state} />
          </span>
          {a.state === 'none' ? (
            <Typography.Text type="secondary">{t('memberAccount.noneHint')}</Typography.Text>
          ) : (
            <Descriptions column={1} size="small" layout={narrow ? 'vertical' : 'horizontal'}>
              <Descriptions.Item label={t('memberAccount.username')}>{a.username}</Descriptions.Item>
              <Descriptions.Item label={t('member.phone')}>{a.phone ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('memberAccount.openedAt')}>
                {a.openedAt ? formatTime(a.openedAt) : '—'}
              </Descriptions.Item>
              <Descriptions.Item label={t('memberAccount.lastSignInAt')}>
                {a.lastSignInAt ? formatTime(a.lastSignInAt) : t('memberAccount.neverSignedIn')}
              </Descriptions.Item>
            </Descriptions>
          )}
        </Space>
      )}
    </Card>
  );
}
