import { Button, Card, Flex, Form, Modal, Switch, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field.tsx';
import { useFeedback } from '../../components/feedback.ts';
import { useInvalidFields, ValidityScope } from '../../components/inputValidity.tsx';
import { emptyText } from '../../components/LoadError.tsx';
import { NumberInput } from '../../components/NumberInput.tsx';
import { WholeTable } from '../../components/TableCard.tsx';
import { TextLine } from '../../components/TextBox.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { useLocale } from '../../locale.tsx';
import { type CategoryFields, casesApi, named } from './cases-api.ts';

export type CategoryRow = Awaited<ReturnType<typeof casesApi.categories>>[number];

/**
 * The request categories and their deadlines in working days: administrators rename them, set the deadlines,
 * retire or restore them, and add new ones. A change applies to requests filed afterwards.
 */
export function Categories({ admin }: { admin: boolean }) {
  const { t } = useTranslation();
  const { lang } = useLocale();
  const feedback = useFeedback();
  const categories = useLoad(() => casesApi.categories(), []);
  const [adding, setAdding] = useState(false);
  const save = async (call: () => Promise<CategoryRow[]>) => {
    try {
      categories.set(await call());
      feedback.success(t('case.calendar.saved'));
      return true;
    } catch (e) {
      feedback.error(e);
      return false;
    }
  };
  return (
    <Card
      title={t('case.calendar.deadlines')}
      extra={
        admin && (
          <Button size="small" onClick={() => setAdding(true)} data-testid="category-add">
            {t('case.category.add')}
          </Button>
        )
      }
    >
      <Typography.Paragraph type="secondary">{t('case.category.hint')}</Typography.Paragraph>
      <WholeTable
        rowKey="code"
        loading={categories.loading}
        dataSource={categories.data ?? []}
        locale={{ emptyText: emptyText(categories, '', t('case.calendar.what')) }}
        columns={[
          {
            title: t('case.field.category'),
            key: 'name',
            render: (_, r) => (
              <Flex gap={8} align="center">
                {named({ zh: r.nameZh, en: r.nameEn }, lang)}
                {!r.active && <Tag>{t('case.category.retiredTag')}</Tag>}
              </Flex>
            ),
          },
          {
            title: t('case.category.days'),
            key: 'days',
            render: (_, r) =>
              `${t('case.calendar.ackDays')} ${r.ackDays} · ${t('case.calendar.answerDays')} ${r.answerDays}`,
          },
          ...(admin
            ? [
                {
                  title: '',
                  key: 'edit',
                  width: 100,
                  render: (_: unknown, r: CategoryRow) => (
                    <CategoryEdit row={r} onSave={(f) => save(() => casesApi.saveCategory(r.code, f))} />
                  ),
                },
              ]
            : []),
        ]}
      />
      {adding && (
        <CategoryForm
          title={t('case.category.add')}
          initial={{ nameZh: '', nameEn: '', ackDays: 2, answerDays: 10, active: true }}
          onCancel={() => setAdding(false)}
          onSave={async (f) => {
            if (await save(() => casesApi.addCategory(f))) setAdding(false);
          }}
        />
      )}
    </Card>
  );
}

export function CategoryEdit({
  row,
  onSave,
}: {
  row: CategoryRow;
  onSave: (f: CategoryFields) => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        size="small"
        type="link"
        onClick={() => setOpen(true)}
        data-testid={`category-edit-${row.nameZh}`}
      >
        {t('case.category.edit')}
      </Button>
      {open && (
        <CategoryForm
          title={t('case.category.edit')}
          initial={row}
          onCancel={() => setOpen(false)}
          onSave={async (f) => {
            if (await onSave(f)) setOpen(false);
          }}
        />
      )}
    </>
  );
}

export function CategoryForm(p: {
  title: string;
  initial: CategoryFields;
  onCancel: () => void;
  onSave: (f: CategoryFields) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [f, setF] = useState<CategoryFields>({
    nameZh: p.initial.nameZh,
    nameEn: p.initial.nameEn,
    ackDays: p.initial.ackDays,
    answerDays: p.initial.answerDays,
    active: p.initial.active,
  });
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<CategoryFields>) => setF((old) => ({ ...old, ...patch }));
  const ready = f.nameZh.trim() !== '' && f.nameEn.trim() !== '';
  const invalid = useInvalidFields();
  return (
    <Modal
      open
      title={p.title}
      onCancel={p.onCancel}
      okText={t('case.calendar.save')}
      okButtonProps={{ disabled: !ready, loading: busy, 'data-testid': 'category-save' } as never}
      onOk={async () => {
        if (invalid.blocked()) return;
        setBusy(true);
        try {
          await p.onSave(f);
        } finally {
          setBusy(false);
        }
      }}
    >
      <Form layout="vertical">
        <ValidityScope fields={invalid}>
          <Field id="case-category-name-zh" label={t('case.category.nameZh')} required>
            <TextLine
              value={f.nameZh}
              max={20}
              onChange={(nameZh) => set({ nameZh })}
              testId="category-name-zh"
            />
          </Field>
          <Field id="case-category-name-en" label={t('case.category.nameEn')} required>
            <TextLine
              value={f.nameEn}
              max={60}
              onChange={(nameEn) => set({ nameEn })}
              testId="category-name-en"
            />
          </Field>
          <Flex gap={16}>
            <Field id="case-category-ack-days" label={t('case.calendar.ackDays')}>
              <NumberInput
                min={1}
                max={60}
                value={f.ackDays}
                onChange={(v) => v !== null && set({ ackDays: v })}
                testId="category-ack"
              />
            </Field>
            <Field id="case-category-answer-days" label={t('case.calendar.answerDays')}>
              <NumberInput
                min={1}
                max={120}
                value={f.answerDays}
                onChange={(v) => v !== null && set({ answerDays: v })}
                testId="category-answer"
              />
            </Field>
          </Flex>
          <Field
            id="case-category-offered"
            label={t('case.category.offered')}
            extra={t('case.category.offeredHint')}
          >
            <Switch checked={f.active} onChange={(active) => set({ active })} data-testid="category-active" />
          </Field>
        </ValidityScope>
      </Form>
    </Modal>
  );
}
