import { Alert, Empty, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { useSession } from '../../auth/session.tsx';
import { AdministratorsNotice } from '../../components/AdministratorsNotice.tsx';
import { Field } from '../../components/Field.tsx';
import { FieldsDialog } from '../../components/FormDialog.tsx';
import { requiredTextRule } from '../../components/form-rules.ts';
import { NewButton } from '../../components/NewButton.tsx';

/**
 * What the union tree shows with no union at all: on a fresh installation the administrator creates the
 * federation (POST /api/orgs, kind federation) from here; others are told whom to ask. Welcomed here from the first
 * run's 三员设置 left for later, they are reminded of the security and audit administrators still to name.
 */
export function FirstRootEmpty({ welcome, onCreated }: { welcome: boolean; onCreated(id: number): void }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ name: string }>();
  const allowed = can('org.create_root');

  return (
    <div data-testid="org-empty">
      {welcome && allowed && (
        <Alert type="success" showIcon title={t('acct.firstRoot.welcome')} style={{ marginBottom: 12 }} />
      )}
      {welcome && <AdministratorsNotice />}
      <Empty
        description={
          <>
            <div>{t('acct.firstRoot.title')}</div>
            <div className="muted small">
              {allowed ? t('acct.firstRoot.hint') : t('acct.firstRoot.noRight')}
            </div>
          </>
        }
      >
        {allowed && (
          <NewButton onClick={() => setOpen(true)} testId="org-create-root">
            {t('acct.firstRoot.create')}
          </NewButton>
        )}
      </Empty>
      <FieldsDialog
        form={form}
        open={open}
        title={t('acct.firstRoot.modalTitle')}
        onClose={() => setOpen(false)}
        okText={t('common.create')}
        okTestId="org-create-root-ok"
        submit={async (v) => {
          const created = await unwrap(
            api.POST('/api/orgs', { body: { name: v.name.trim(), kind: 'federation' } }),
          );
          setOpen(false);
          onCreated(created.id);
          return t('acct.firstRoot.created');
        }}
      >
        <Field
          id="root-name"
          name="name"
          label={t('acct.firstRoot.name')}
          rules={[requiredTextRule(t, t('acct.firstRoot.name'))]}
        >
          <Input maxLength={100} placeholder={t('acct.firstRoot.namePlaceholder')} />
        </Field>
      </FieldsDialog>
    </div>
  );
}
