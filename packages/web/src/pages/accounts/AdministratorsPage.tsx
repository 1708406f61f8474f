import { Alert, Button, Card, Form, Result, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { api, unwrap } from '../../api/client.ts';
import { useFeedback } from '../../components/feedback.ts';
import { showAtField } from '../../components/fieldRefusal.ts';
import { LoadError, Loading } from '../../components/LoadError.tsx';
import { useSaving } from '../../components/useBusy.ts';
import { useLoad } from '../../components/useLoad.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { NewAccountFields } from './AccountFields.tsx';
import { createUser } from './usersApi.ts';

type AdminRole = 'security_admin' | 'audit_admin';

interface AdminValues {
  username: string;
  displayName: string;
  password: string;
}

/** One administrator to create: a login name, a name and a first password the holder changes at sign-in. */
function AdministratorForm({ role, onCreated }: { role: AdminRole; onCreated: () => void }) {
  const { t } = useTranslation();
  const feedback = useFeedback();
  const { busy, run: whileBusy } = useSaving();
  const [form] = Form.useForm<AdminValues>();
  return (
    <Card title={t(`role.${role}`)} data-testid={`admin-form-${role}`} style={{ maxWidth: 520 }}>
      <Typography.Paragraph type="secondary">{t(`acct.admins.duty.${role}`)}</Typography.Paragraph>
      <Form<AdminValues>
        form={form}
        layout="vertical"
        requiredMark={false}
        autoComplete="off"
        onFinish={async (v) => {
          await whileBusy(async () => {
            try {
              await createUser(v, { phone: null, roles: [{ role, orgId: null }], mustChangePassword: true });
            } catch (err) {
              // a password or a login name refused is said under its field, anything else toasted
              if (showAtField(form, err)) return;
              throw err;
            }
            feedback.success(t('acct.admins.created', { role: t(`role.${role}`) }));
            onCreated();
          });
        }}
      >
        <NewAccountFields
          id={role}
          usernameLabel={t('acct.users.username')}
          passwordLabel={t('acct.admins.firstPassword')}
          passwordHint={t('acct.admins.firstPasswordHint')}
        />
        <Button type="primary" htmlType="submit" loading={busy} data-testid={`admin-create-${role}`}>
          {t('acct.admins.create', { role: t(`role.${role}`) })}
        </Button>
      </Form>
    </Card>
  );
}

/**
 * The first run's second step (三员分立): the system administrator, just created, names the security and the audit
 * administrators, two other accounts. It can be left for later: the home page reminds them until both exist.
 */
export default function AdministratorsPage() {
  const { t } = useTranslation();
  usePageTitle(t('acct.admins.title'));
  const [params] = useSearchParams();
  const first = params.get('first') === '1';
  const missing = useLoad(() => unwrap(api.GET('/api/setup/administrators')), []);
  const next = first ? '/orgs?welcome=1' : '/users';

  let body: React.ReactNode;
  if (missing.error) body = <LoadError error={missing.error} retry={missing.reload} />;
  else if (!missing.data) body = <Loading />;
  else if (!missing.data.missing.length) {
    body = (
      <Result
        status="success"
        title={t('acct.admins.allThere')}
        extra={
          <Link to={next}>
            <Button type="primary" data-testid="admins-next">
              {t('acct.admins.next')}
            </Button>
          </Link>
        }
      />
    );
  } else {
    body = (
      <Space direction="vertical" size={16} style={{ display: 'flex' }}>
        <Alert type="info" showIcon title={t('acct.admins.intro')} />
        {missing.data.missing.map((role) => (
          <AdministratorForm key={role} role={role} onCreated={() => void missing.reload()} />
        ))}
        <Link to={next}>
          <Button data-testid="admins-later">{t('acct.admins.later')}</Button>
        </Link>
      </Space>
    );
  }
  return (
    <div data-testid="administrators-page">
      <Typography.Title level={3}>{t('acct.admins.title')}</Typography.Title>
      {body}
    </div>
  );
}
