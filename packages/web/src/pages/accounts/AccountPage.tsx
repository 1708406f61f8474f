import { LockOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Descriptions, Form, Input, Row, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { api, errorMessage, unwrap } from '../../api/client.ts';
import { homeOf, useSession } from '../../auth/session.tsx';
import { useFeedback } from '../../components/feedback.ts';
import { showAtField } from '../../components/fieldRefusal.ts';
import { requiredRule } from '../../components/form-rules.ts';
import { PageSpinner } from '../../components/guards.tsx';
import { LastSignInText } from '../../components/LastSignIn.tsx';
import { useAttempt } from '../../components/useBusy.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { PasswordAgainItem } from './AccountFields.tsx';
import { AccountNotices } from './AccountNotices.tsx';

interface PasswordValues {
  currentPassword: string;
  newPassword: string;
  newPassword2: string;
}

/** My account: who I am, the roles I hold, and the password change (forced when an admin set the password). */
export default function AccountPage() {
  const { t } = useTranslation();
  usePageTitle(t('acct.me.title'));
  const { me, refresh } = useSession();
  const feedback = useFeedback();
  const navigate = useNavigate();
  const location = useLocation();
  const [form] = Form.useForm<PasswordValues>();
  const { busy, failure, run } = useAttempt();
  if (!me) return <PageSpinner />;

  const next = (location.state as { next?: string } | null)?.next;
  const submit = (v: PasswordValues) =>
    run(async () => {
      const forced = me.mustChangePassword;
      try {
        await unwrap(
          api.POST('/api/auth/password', {
            body: { currentPassword: v.currentPassword, newPassword: v.newPassword },
          }),
        );
      } catch (err) {
        // a new password the rules refuse, and a wrong current password, are each said under their field
        if (showAtField(form, err, { password: 'newPassword' })) return;
        throw err;
      }
      feedback.success(t('acct.me.changed'));
      form.resetFields();
      const fresh = await refresh();
      if (forced && fresh) navigate(next && next !== '/account' ? next : homeOf(fresh), { replace: true });
    });

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
                        <span className="muted small"> （{t('acct.me.current')}）</span>
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
            <Form<PasswordValues>
              form={form}
              layout="vertical"
              requiredMark={false}
              onFinish={submit}
              data-testid="password-form"
            >
              {failure !== null && (
                <Form.Item>
                  <Alert type="error" showIcon title={errorMessage(failure)} data-testid="password-error" />
                </Form.Item>
              )}
              <Form.Item
                htmlFor="pw-current"
                name="currentPassword"
                label={t('acct.me.currentPassword')}
                rules={[requiredRule(t, t('acct.me.currentPassword'))]}
              >
                <Input.Password prefix={<LockOutlined />} id="pw-current" autoComplete="current-password" />
              </Form.Item>
              <Form.Item
                htmlFor="pw-new"
                name="newPassword"
                label={t('acct.me.newPassword')}
                extra={
                  me.role === 'worker' ? (
                    t('acct.me.passwordHint')
                  ) : (
                    <>
                      {t('acct.me.passwordHint')}
                      <br />
                      {t('acct.me.staffRules')}
                    </>
                  )
                }
                rules={[requiredRule(t, t('acct.me.newPassword'))]}
              >
                <Input.Password prefix={<LockOutlined />} id="pw-new" autoComplete="new-password" />
              </Form.Item>
              <PasswordAgainItem
                name="newPassword2"
                of="newPassword"
                label={t('acct.me.newPassword2')}
                id="pw-new2"
              />
              <Button type="primary" htmlType="submit" loading={busy} data-testid="password-submit">
                {t('acct.me.changePassword')}
              </Button>
            </Form>
          </Card>
        </Col>
        <AccountNotices staff={me.roles.some((r) => r.role !== 'worker')} smsSignIn={me.maySignInBySms} />
      </Row>
    </div>
  );
}
