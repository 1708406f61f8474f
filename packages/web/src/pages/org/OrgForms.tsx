import { Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import type { Committee, OrgDetail, OrgKind } from '../../api/types.ts';
import { DayPicker } from '../../components/DayPicker.tsx';
import { fromDay, toDay } from '../../components/dates.ts';
import { FieldsDialog } from '../../components/FormDialog.tsx';
import { requiredTextRule } from '../../components/form-rules.ts';
import { parseNumber } from '../../components/numberText.ts';
import { optionsOf } from '../../components/options.ts';
import { RequiredItem } from '../../components/RequiredItem.tsx';
import { TextItem } from '../../components/TextItem.tsx';

const KIND_LEVEL: Record<OrgKind, number> = {
  federation: 1,
  district: 2,
  industry: 2,
  street: 3,
  town: 3,
  group: 3,
  industry_federation: 3,
  system: 3,
  grassroots: 4,
  branch: 5,
};

interface OrgFormValues {
  name: string;
  kind?: OrgKind;
  shortName?: string | null;
  uscc?: string | null;
  employerName?: string | null;
  /** As typed; read by `readWorkers`, checked by the field's rule. */
  workerCount?: string | number | null;
  womenWorkerCount?: string | number | null;
  foundedOn?: Dayjs | null;
  electedOn?: Dayjs | null;
  /** As typed; read by `readTerm`, checked by the field's rule. */
  term?: string | number | null;
  chair?: string | null;
  viceChairs?: string[];
  members?: string[];
}

const TERM = { emptyAllowed: true, min: 1, max: 100 };
const readTerm = (v: string | number | null | undefined) => parseNumber(v == null ? '' : String(v), TERM);
const termValue = (v: string | number | null | undefined) => {
  const term = readTerm(v);
  return term.ok ? term.value : null;
};

const WORKERS = { emptyAllowed: true, min: 0, max: 10_000_000 };
const readWorkers = (v: string | number | null | undefined) =>
  parseNumber(v == null ? '' : String(v), WORKERS);
const workersValue = (v: string | number | null | undefined) => {
  const n = readWorkers(v);
  return n.ok ? n.value : null;
};

const blank = (s: string | null | undefined) => (s?.trim() ? s.trim() : null);

function toBody(v: OrgFormValues) {
  return {
    name: v.name.trim(),
    shortName: blank(v.shortName),
    uscc: blank(v.uscc)?.toUpperCase() ?? null,
    employerName: blank(v.employerName),
    workerCount: workersValue(v.workerCount),
    womenWorkerCount: workersValue(v.womenWorkerCount),
    foundedOn: fromDay(v.foundedOn),
    committee: {
      electedOn: fromDay(v.electedOn),
      term: termValue(v.term),
      chair: blank(v.chair),
      viceChairs: (v.viceChairs ?? []).map((s) => s.trim()).filter(Boolean),
      members: (v.members ?? []).map((s) => s.trim()).filter(Boolean),
    },
  };
}

function OrgFields({ withKind, parentLevel }: { withKind: boolean; parentLevel: number }) {
  const { t } = useTranslation();
  const kinds = (Object.keys(KIND_LEVEL) as OrgKind[]).filter((k) => KIND_LEVEL[k] > parentLevel);
  return (
    <>
      <Form.Item
        name="name"
        label={t('org.name')}
        rules={[{ ...requiredTextRule(t, t('org.name')), min: 2, max: 100 }]}
      >
        <Input maxLength={100} />
      </Form.Item>
      {withKind && (
        <RequiredItem name="kind" label={t('org.kind')}>
          <Select options={optionsOf(kinds, (k) => t(`orgKind.${k}`))} />
        </RequiredItem>
      )}
      <div className="form-grid-2">
        <TextItem name="shortName" label={t('org.shortName')} max={50} />
        <Form.Item
          name="uscc"
          label={t('org.uscc')}
          normalize={(v: string) => v?.toUpperCase()}
          rules={[{ pattern: /^[0-9A-Z]{18}$/, message: t('org.usccInvalid') }]}
        >
          <Input maxLength={18} />
        </Form.Item>
        <TextItem name="employerName" label={t('org.employerName')} max={200} />
        <Form.Item name="foundedOn" label={t('org.foundedOn')}>
          <DayPicker style={{ width: '100%' }} />
        </Form.Item>
        {(['workerCount', 'womenWorkerCount'] as const).map((name) => (
          <Form.Item
            key={name}
            name={name}
            label={t(`org.${name}`)}
            rules={[
              {
                validator: (_, v) =>
                  readWorkers(v).ok ? Promise.resolve() : Promise.reject(new Error(t('org.countInvalid'))),
              },
            ]}
          >
            <Input inputMode="numeric" maxLength={9} data-testid={`org-${name}`} />
          </Form.Item>
        ))}
      </div>
      <div className="form-section">{t('org.committee')}</div>
      <div className="form-grid-3">
        <Form.Item name="electedOn" label={t('org.electedOn')}>
          <DayPicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="term"
          label={t('org.term')}
          rules={[
            {
              validator: (_, v) => {
                const term = readTerm(v);
                return term.ok
                  ? Promise.resolve()
                  : Promise.reject(new Error(t(`input.number.${term.problem}`, TERM)));
              },
            },
          ]}
        >
          <Input inputMode="numeric" style={{ width: '100%' }} data-testid="org-term" />
        </Form.Item>
        <TextItem name="chair" label={t('org.chair')} max={50} />
      </div>
      <Form.Item name="viceChairs" label={t('org.viceChairs')} extra={t('org.namesHint')}>
        <Select mode="tags" open={false} suffixIcon={null} tokenSeparators={[',', '，', '、']} />
      </Form.Item>
      <Form.Item name="members" label={t('org.committeeMembers')} extra={t('org.namesHint')}>
        <Select mode="tags" open={false} suffixIcon={null} tokenSeparators={[',', '，', '、']} />
      </Form.Item>
    </>
  );
}

/** Edits a union (PATCH /api/orgs/:id). */
export function OrgEditModal({
  org,
  open,
  onClose,
  onSaved,
}: {
  org: OrgDetail;
  open: boolean;
  onClose(): void;
  onSaved(): void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<OrgFormValues>();
  const c = (org.committee ?? {}) as Committee;
  return (
    <FieldsDialog
      open={open}
      title={t('org.editTitle')}
      onClose={onClose}
      okText={t('common.save')}
      width={680}
      form={form}
      submit={async (v) => {
        await unwrap(api.PATCH('/api/orgs/{id}', { params: { path: { id: org.id } }, body: toBody(v) }));
        onSaved();
        return t('common.saved');
      }}
      initialValues={{
        name: org.name,
        shortName: org.shortName,
        uscc: org.uscc,
        employerName: org.employerName,
        workerCount: org.workerCount,
        womenWorkerCount: org.womenWorkerCount,
        foundedOn: toDay(org.foundedOn),
        electedOn: toDay(c.electedOn),
        term: c.term ?? null,
        chair: c.chair ?? null,
        viceChairs: c.viceChairs ?? [],
        members: c.members ?? [],
      }}
    >
      <OrgFields withKind={false} parentLevel={org.level - 1} />
    </FieldsDialog>
  );
}

/** Creates a union below `parent` (POST /api/orgs/:id/children), from its detail page or its row in the tree. */
export function OrgCreateModal({
  parent,
  open,
  onClose,
  onCreated,
}: {
  parent: Pick<OrgDetail, 'id' | 'name' | 'level'>;
  open: boolean;
  onClose(): void;
  onCreated(id: number): void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<OrgFormValues>();
  return (
    <FieldsDialog
      open={open}
      title={t('org.createChildTitle', { name: parent.name })}
      onClose={onClose}
      okText={t('common.create')}
      width={680}
      form={form}
      submit={async (v) => {
        const created = await unwrap(
          api.POST('/api/orgs/{id}/children', {
            params: { path: { id: parent.id } },
            body: { ...toBody(v), kind: v.kind as OrgKind },
          }),
        );
        onCreated(created.id);
        return t('org.created');
      }}
    >
      <OrgFields withKind parentLevel={parent.level} />
    </FieldsDialog>
  );
}
