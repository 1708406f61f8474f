import { Alert, Card, Col, Descriptions, Row, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { homeOf, useSession } from '../../auth/session.tsx';
import { aside } from '../../components/aside.ts';
import { PageSpinner } from '../../components/guards.tsx';
import { LastSignInText } from '../../components/LastSignIn.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { AccountNotices } from './AccountNotices.tsx';
import { PasswordChangeForm } from './PasswordChangeForm.tsx';

/** My account: who I am, the roles I hold, and the password change (forced when an admin set the password). */
export default function AccountPage() {
  const { t } = useTranslation();
  usePageTitle(t('acct.me.title'));
  const { me } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  if (!me) return <PageSpinner />;

  const next = (location.state as { next?: string } | null)?.next;
  return (
    <div className="page" data-testid="account-page">
      <Typography.Title level={3} className="page-title">
        {t('acct.me.title')}
      </Typography.Title>
      {me.mustChangePassword && (
        <Alert
          type="warning"
          showIcon
          title={t(me.passwordExpired ? 'acct.me.expired' : 'acct.me.mustChange')}
          description={t(me.passwordExpired ? 'acct.me.expiredHint' : 'acct.me.mustChangeHint')}
          style={{ marginBottom: 16 }}
          data-testid="must-change-notice"
        />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card title={t('acct.me.profile')}>
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t('acct.me.displayName')}>{me.displayName}</Descriptions.Item>
              <Descriptions.Item label={t('acct.me.username')}>
                <span className="mono">{me.username}</span>
              </Descriptions.Item>
              <Descriptions.Item label={t('acct.me.roles')}>
                <Space direction="vertical" size={4} data-testid="my-roles">
                  {me.roles.map((r) => (
                    <span key={r.assignmentId}>
                      <Tag color={r.assignmentId === me.assignmentId ? 'red' : undefined}>
                        {t(`role.${r.role}`)}
                      </Tag>
                      {r.orgName ?? (r.role === 'worker' ? '' : t('acct.me.platform'))}
                      {r.assignmentId === me.assignmentId && me.roles.length > 1 && (
                        <span className="muted small">{aside(t('acct.me.current'))}</span>
                      )}
                    </span>
                  ))}
                </Space>
              </Descriptions.Item>
              <Descriptions.Item label={t('acct.me.lastSignIn')}>
                <span data-testid="my-last-sign-in">
                  <LastSignInText last={me.lastSignIn} />
                </span>
              </Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('acct.me.changePassword')}>
            <PasswordChangeForm
              onChanged={(before, fresh) => {
                if (before.mustChangePassword && fresh)
                  navigate(next && next !== '/account' ? next : homeOf(fresh), { replace: true });
              }}
            />
          </Card>
        </Col>
        <AccountNotices staff={me.roles.some((r) => r.role !== 'worker')} smsSignIn={me.maySignInBySms} />
      </Row>
    </div>
  );
}
