import { DeleteOutlined, PlusOutlined, SendOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Flex,
  Input,
  InputNumber,
  Modal,
  Popover,
  Radio,
  Select,
  Space,
  Table,
  Typography,
  Upload,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { ApiError } from '../../api/client.ts';
import { useSession } from '../../auth/session.tsx';
import { CappedNotice } from '../../components/CappedNotice.tsx';
import { DayPicker } from '../../components/DayPicker.tsx';
import { fromDay } from '../../components/dates.ts';
import { useFeedback } from '../../components/feedback.ts';
import { LoadGate } from '../../components/LoadError.tsx';
import { listSeparator } from '../../components/listSeparator.ts';
import { OrgSelect } from '../../components/OrgSelect.tsx';
import { PastDay } from '../../components/PastDay.tsx';
import { useHomeOrgId } from '../../components/useHomeOrg.ts';
import { useLoad } from '../../components/useLoad.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { SheetNotes, type SheetNotesProps } from '../import/ImportResult.tsx';
import {
  type Figure,
  type FormField,
  type FormTable,
  type NewReturn,
  type ReturnDetail,
  type ReturnForm,
  returnsApi,
} from './returns-api.ts';

type PeriodKind = NewReturn['periodKind'];
const TYPES: FormField['type'][] = ['int', 'money', 'percent', 'text', 'choice', 'date'];
const LEVELS = [2, 3, 4, 5] as const;
const LEVEL_NAMES: Record<number, string> = {
  2: '区总工会/产业工会（第2级）',
  3: '街道、乡镇、集团工会等（第3级）',
  4: '基层工会（第4级）',
  5: '分会/小组（第5级）',
};

/** The next free key with a prefix among a form's keys (generated, never shown). */
function nextKey(form: ReturnForm, prefix: string): string {
  const used = JSON.stringify(form).match(new RegExp(`"${prefix}(\\d+)"`, 'g')) ?? [];
  const max = used.reduce((m, k) => Math.max(m, Number(k.replace(/\D/g, ''))), 0);
  return `${prefix}${max + 1}`;
}

/** The survey year as the union's setting says (1 October – 30 September unless set), changed for its subtree. */
function SurveyYearSetting({
  start,
  end,
  onSave,
}: {
  start: string;
  end: string;
  onSave: (start: string) => Promise<void>;
}) {
  const { t } = useTranslation();
  const feedback = useFeedback();
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState(start);
  return (
    <Popover
      open={open}
      onOpenChange={setOpen}
      trigger="click"
      title={t('ret.edit.surveyYearTitle')}
      content={
        <Space>
          <Input
            value={value}
            onChange={(e) => setValue(e.target.value)}
            placeholder="10-01"
            style={{ width: 100 }}
            data-testid="ret-survey-start"
          />
          <Button
            type="primary"
            onClick={async () => {
              try {
                await onSave(value.trim());
                setOpen(false);
                feedback.success(t('ret.edit.saved'));
              } catch (err) {
                feedback.error(err);
              }
            }}
          >
            {t('ret.edit.setSurveyStart')}
          </Button>
        </Space>
      }
    >
      <Button type="link" size="small" data-testid="ret-survey-year">
        {t('ret.edit.surveyYear', { start, end })}
      </Button>
    </Popover>
  );
}

const EMPTY: ReturnForm = { sections: [{ key: 's1', title: '基本情况', fields: [], tables: [] }], rules: [] };

export default function ReturnEditPage() {
  const id = useParams().id;
  const { t } = useTranslation();
  const existing = useLoad(() => (id ? returnsApi.get(Number(id)) : Promise.resolve(null)), [id]);
  usePageTitle(id ? t('ret.edit.titleEdit') : t('ret.edit.titleNew'));
  return (
    <LoadGate state={existing} what={t('ret.what.return')}>
      {(r) => <Editor key={r?.id ?? 'new'} existing={r} />}
    </LoadGate>
  );
}

function Editor({ existing }: { existing: ReturnDetail | null }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const feedback = useFeedback();
  const figures = useLoad(() => returnsApi.figures(), []);
  const shipped = useLoad(() => returnsApi.forms(), []);
  const { me } = useSession();
  const home = useHomeOrgId();
  // the union that issues the return: the clerk's own; the administrator, who has none, chooses it
  const [chosen, setChosen] = useState<number | null>(null);
  const orgId = existing?.orgId ?? chosen ?? home;
  const previous = useLoad(
    () => (orgId ? returnsApi.previous(orgId) : Promise.resolve({ items: [], total: 0 })),
    [orgId],
  );
  const year = new Date().getFullYear();
  const [title, setTitle] = useState(existing?.title ?? '');
  const [kind, setKind] = useState<PeriodKind>(existing?.periodKind ?? 'year');
  const [periodYear, setPeriodYear] = useState(existing ? Number(existing.periodTo.slice(0, 4)) : year - 1);
  const [part, setPart] = useState(1);
  const [range, setRange] = useState<[string, string]>(
    existing ? [existing.periodFrom, existing.periodTo] : [`${year}-01-01`, `${year}-12-31`],
  );
  const [level, setLevel] = useState(existing?.targetLevel ?? 4);
  const [deadline, setDeadline] = useState<string | null>(existing?.deadline ?? null);
  const [workingDays, setWorkingDays] = useState(10);
  const [form, setForm] = useState<ReturnForm>(existing?.form ?? EMPTY);
  const [rulesText, setRulesText] = useState((existing?.form.rules ?? []).map((r) => r.expr).join('\n'));
  const [problems, setProblems] = useState<string[]>([]);
  const [savedId, setSavedId] = useState<number | null>(existing?.id ?? null);
  const [busy, setBusy] = useState(false);
  /** The day the return was issued (a paper return of the past recorded now); null is today (ADR 40). */
  const [issuedOn, setIssuedOn] = useState<string | null>(null);
  const [start, setStart] = useState<'shipped' | 'blank' | 'sheet' | 'previous'>('shipped');
  const [formKey, setFormKey] = useState<NewReturn['formKey']>(null);
  const [sheetNotes, setSheetNotes] = useState<SheetNotesProps | null>(null);

  // the server says which days a period holds (a survey year as the union's setting says)
  const period = useLoad(
    () =>
      kind === 'range' || !orgId ? Promise.resolve(null) : returnsApi.period(kind, periodYear, part, orgId),
    [kind, periodYear, part, orgId],
  );
  const settings = useLoad(() => (orgId ? returnsApi.settings(orgId) : Promise.resolve(null)), [orgId]);
  const [from, to] =
    kind === 'range'
      ? range
      : period.data
        ? [period.data.from, period.data.to]
        : existing
          ? [existing.periodFrom, existing.periodTo]
          : ['', ''];
  const setSections = (fn: (s: ReturnForm['sections']) => ReturnForm['sections']) =>
    setForm((f) => ({ ...f, sections: fn(f.sections) }));
  const applyForm = (
    f: ReturnForm,
    meta?: { title?: string; periodKind?: PeriodKind; targetLevel?: number; formKey?: NewReturn['formKey'] },
  ) => {
    setForm(f);
    setFormKey(meta?.formKey ?? null);
    setRulesText(f.rules.map((r) => r.expr).join('\n'));
    if (meta?.title && !title) setTitle(`${periodYear}年${meta.title}`);
    if (meta?.periodKind) setKind(meta.periodKind);
    if (meta?.targetLevel) setLevel(meta.targetLevel);
  };
  const body = (): NewReturn => ({
    ...(orgId ? { orgId } : {}),
    title,
    periodKind: kind,
    periodFrom: from,
    periodTo: to,
    targetLevel: level,
    deadline: deadline ?? '',
    ...(formKey ? { formKey } : {}),
    form: {
      ...form,
      rules: rulesText
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)
        .map((expr) => ({ expr })),
    },
  });
  const save = async () => {
    if (!title.trim()) return feedback.error(new Error(t('ret.edit.needTitle')));
    if (!deadline) return feedback.error(new Error(t('ret.edit.needDeadline')));
    setBusy(true);
    try {
      const r = savedId ? await returnsApi.update(savedId, body()) : await returnsApi.create(body());
      setSavedId(r.id);
      setProblems([]);
      feedback.success(t('ret.edit.saved'));
      if (!savedId) navigate(`/returns/${r.id}/edit`, { replace: true });
    } catch (err) {
      const list =
        err instanceof ApiError
          ? (err.details as { problems?: { zh: string; en: string }[] } | undefined)?.problems
          : undefined;
      if (list) setProblems(list.map((p) => (i18n.language === 'en' ? p.en : p.zh)));
      feedback.error(err);
    } finally {
      setBusy(false);
    }
  };
  const issue = () =>
    savedId &&
    Modal.confirm({
      title: t('ret.actions.issueConfirm'),
      okButtonProps: { 'data-testid': 'ret-issue-ok' } as never,
      onOk: async () => {
        try {
          await returnsApi.update(savedId, body());
          const r = await returnsApi.issue(savedId, issuedOn);
          feedback.success(t('ret.actions.issued', r));
          navigate(`/returns/${savedId}`);
        } catch (err) {
          feedback.error(err);
        }
      },
    });

  return (
    <Flex vertical gap={16} data-testid="ret-editor">
      <Card title={existing ? t('ret.edit.titleEdit') : t('ret.edit.titleNew')}>
        {!existing && me?.orgId == null && (
          <Flex vertical gap={4} style={{ marginBottom: 12, maxWidth: 420 }}>
            {t('ret.field.issuer')}
            <OrgSelect value={orgId ?? null} onChange={(id) => setChosen(id)} testId="ret-issuer" />
          </Flex>
        )}
        <div className="form-grid-2">
          <Flex vertical gap={4}>
            {t('ret.field.title')}
            <Input
              value={title}
              onChange={(e) => setTitle(e.target.value)}
              maxLength={200}
              data-testid="ret-title"
            />
          </Flex>
          <Flex vertical gap={4}>
            {t('ret.field.level')}
            <Select
              value={level}
              onChange={setLevel}
              style={{ width: '100%' }}
              options={LEVELS.map((l) => ({
                value: l,
                label: i18n.language === 'en' ? `Level ${l}` : LEVEL_NAMES[l],
              }))}
              data-testid="ret-level"
            />
          </Flex>
        </div>
        <Space wrap style={{ marginTop: 12 }} align="center">
          <span>{t('ret.field.period')}</span>
          <Select
            value={kind}
            onChange={setKind}
            style={{ width: 260 }}
            options={(['year', 'survey_year', 'quarter', 'month', 'range'] as const).map((k) => ({
              value: k,
              label: t(`ret.periodKind.${k}`),
            }))}
          />
          {kind !== 'range' ? (
            <>
              <InputNumber
                value={periodYear}
                min={1990}
                max={2200}
                precision={0}
                onChange={(v) => v && setPeriodYear(v)}
              />
              {kind === 'quarter' && (
                <Select
                  value={part}
                  onChange={setPart}
                  options={[1, 2, 3, 4].map((q) => ({ value: q, label: `Q${q}` }))}
                />
              )}
              {kind === 'month' && (
                <Select
                  value={part}
                  onChange={setPart}
                  options={Array.from({ length: 12 }, (_, m) => ({ value: m + 1, label: String(m + 1) }))}
                />
              )}
              <Typography.Text type="secondary" data-testid="ret-period">
                {from} — {to}
              </Typography.Text>
              {kind === 'survey_year' && settings.data && (
                <SurveyYearSetting
                  start={settings.data.surveyYearStart}
                  end={settings.data.surveyYearEnd}
                  onSave={async (surveyYearStart) => {
                    orgId && settings.set(await returnsApi.saveSettings(surveyYearStart, orgId));
                    await period.reload();
                  }}
                />
              )}
            </>
          ) : (
            <>
              <DayPicker
                value={dayjs(range[0])}
                onChange={(d) => d && setRange([fromDay(d) as string, range[1]])}
              />
              <span>—</span>
              <DayPicker
                value={dayjs(range[1])}
                onChange={(d) => d && setRange([range[0], fromDay(d) as string])}
              />
            </>
          )}
        </Space>
        <Space wrap style={{ marginTop: 12 }} align="center">
          <span>{t('ret.field.deadline')}</span>
          <DayPicker
            value={deadline ? dayjs(deadline) : null}
            onChange={(d) => setDeadline(fromDay(d))}
            data-testid="ret-deadline"
          />
          <InputNumber
            value={workingDays}
            min={1}
            max={120}
            precision={0}
            onChange={(v) => v && setWorkingDays(v)}
          />
          <Button
            onClick={async () => {
              try {
                setDeadline((await returnsApi.deadline(workingDays)).deadline);
              } catch (err) {
                feedback.error(err);
              }
            }}
            data-testid="ret-working-days"
          >
            {t('ret.edit.workingDays')}
          </Button>
        </Space>
      </Card>

      {!existing && (
        <Card title={t('ret.edit.start')}>
          <Radio.Group
            value={start}
            onChange={(e) => setStart(e.target.value)}
            options={[
              { value: 'shipped', label: t('ret.edit.fromShipped') },
              { value: 'blank', label: t('ret.edit.fromBlank') },
              { value: 'sheet', label: t('ret.edit.fromSheet') },
              { value: 'previous', label: t('ret.edit.fromPrevious') },
            ]}
          />
          <div style={{ marginTop: 12 }}>
            {start === 'shipped' && (
              <Select
                placeholder={t('ret.edit.pickShipped')}
                style={{ width: 420 }}
                loading={shipped.loading}
                options={(shipped.data ?? []).map((f) => ({
                  value: f.key,
                  label: i18n.language === 'en' ? f.titleEn : f.title,
                }))}
                onChange={(k) => {
                  const f = shipped.data?.find((x) => x.key === k);
                  if (f)
                    applyForm(f.form, {
                      title: f.title,
                      periodKind: f.periodKind,
                      targetLevel: f.targetLevel,
                      formKey: f.key as NewReturn['formKey'],
                    });
                }}
                data-testid="ret-shipped"
              />
            )}
            {start === 'blank' && <Button onClick={() => applyForm(EMPTY)}>{t('ret.edit.fromBlank')}</Button>}
            {start === 'sheet' && (
              <Upload
                accept=".xlsx,.xls,.ods,.csv"
                showUploadList={false}
                beforeUpload={async (file) => {
                  try {
                    const made = await returnsApi.formFromSheet(file);
                    applyForm(made.form);
                    setSheetNotes(made);
                  } catch (err) {
                    feedback.error(err);
                  }
                  return false;
                }}
              >
                <Button>{t('ret.edit.fromSheet')}</Button>
              </Upload>
            )}
            {start === 'previous' && <CappedNotice list={previous.data} plain />}
            {start === 'previous' && (
              <Select
                placeholder={t('ret.edit.pickPrevious')}
                style={{ width: 420 }}
                options={(previous.data?.items ?? []).map((p) => ({
                  value: p.id,
                  label: `${p.title}（${p.periodFrom} — ${p.periodTo}）`,
                }))}
                onChange={async (pid: number) => {
                  try {
                    const r = await returnsApi.copy(pid);
                    navigate(`/returns/${r.id}/edit`);
                  } catch (err) {
                    feedback.error(err);
                  }
                }}
              />
            )}
          </div>
          {start === 'sheet' && sheetNotes && <SheetNotes {...sheetNotes} />}
        </Card>
      )}

      {form.sections.map((sec, si) => (
        <SectionEditor
          key={sec.key}
          sec={sec}
          figures={figures.data ?? []}
          onChange={(next) => setSections((all) => all.map((x, i) => (i === si ? next : x)))}
          onRemove={() => setSections((all) => all.filter((_, i) => i !== si))}
          newKey={(p) => nextKey(form, p)}
        />
      ))}
      <Button
        icon={<PlusOutlined />}
        onClick={() =>
          setSections((all) => [...all, { key: nextKey(form, 's'), title: '', fields: [], tables: [] }])
        }
        style={{ alignSelf: 'start' }}
      >
        {t('ret.edit.addSection')}
      </Button>
      <Card title={t('ret.edit.rules')}>
        <Input.TextArea
          rows={4}
          value={rulesText}
          onChange={(e) => setRulesText(e.target.value)}
          data-testid="ret-rules"
        />
      </Card>
      {problems.length > 0 && (
        <Alert
          type="error"
          showIcon
          title={problems.length}
          description={
            <ul style={{ margin: 0, paddingLeft: 18 }}>
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          }
        />
      )}
      <div className="ret-bar">
        <Space>
          <Button type="primary" loading={busy} onClick={() => void save()} data-testid="ret-save-draft">
            {t('ret.edit.save')}
          </Button>
          <Button icon={<SendOutlined />} disabled={!savedId} onClick={issue} data-testid="ret-issue">
            {t('ret.actions.issue')}
          </Button>
          <PastDay value={issuedOn} onChange={setIssuedOn} testId="ret-issued-on" />
        </Space>
      </div>
    </Flex>
  );
}

function SectionEditor({
  sec,
  figures,
  onChange,
  onRemove,
  newKey,
}: {
  sec: ReturnForm['sections'][number];
  figures: Figure[];
  onChange: (s: ReturnForm['sections'][number]) => void;
  onRemove: () => void;
  newKey: (prefix: string) => string;
}) {
  const { t, i18n } = useTranslation();
  const setField = (i: number, patch: Partial<FormField>) =>
    onChange({ ...sec, fields: sec.fields.map((f, j) => (j === i ? ({ ...f, ...patch } as FormField) : f)) });
  const setTable = (i: number, next: FormTable) =>
    onChange({ ...sec, tables: sec.tables.map((x, j) => (j === i ? next : x)) });
  return (
    <Card
      title={
        <Input
          value={sec.title}
          onChange={(e) => onChange({ ...sec, title: e.target.value })}
          placeholder={t('ret.edit.section')}
          style={{ maxWidth: 420 }}
        />
      }
      extra={<Button icon={<DeleteOutlined />} onClick={onRemove} aria-label={t('ret.edit.remove')} />}
      size="small"
    >
      <Table<FormField>
        rowKey="key"
        size="small"
        pagination={false}
        dataSource={sec.fields}
        scroll={{ x: 'max-content' }}
        columns={[
          {
            title: t('ret.edit.fieldLabel'),
            key: 'label',
            render: (_, f, i) => (
              <Input
                value={f.label}
                onChange={(e) => setField(i, { label: e.target.value })}
                style={{ width: 220 }}
              />
            ),
          },
          {
            title: t('ret.edit.fieldType'),
            key: 'type',
            render: (_, f, i) => (
              <Select
                value={f.type}
                style={{ width: 120 }}
                onChange={(type) => setField(i, { type, figure: undefined })}
                options={TYPES.map((x) => ({ value: x, label: t(`ret.type.${x}`) }))}
              />
            ),
          },
          {
            title: t('ret.edit.unit'),
            key: 'unit',
            render: (_, f, i) => (
              <Input
                value={f.unit ?? ''}
                onChange={(e) => setField(i, { unit: e.target.value || undefined })}
                style={{ width: 70 }}
              />
            ),
          },
          {
            title: t('ret.edit.required'),
            key: 'required',
            render: (_, f, i) => (
              <Checkbox
                checked={!!f.required}
                onChange={(e) => setField(i, { required: e.target.checked || undefined })}
              />
            ),
          },
          {
            title: t('ret.edit.figure'),
            key: 'figure',
            render: (_, f, i) =>
              f.type === 'int' || f.type === 'money' ? (
                <Select
                  value={f.figure ?? ''}
                  style={{ width: 220 }}
                  onChange={(v) => setField(i, { figure: (v || undefined) as FormField['figure'] })}
                  options={[
                    { value: '', label: t('ret.edit.noFigure') },
                    ...figures
                      .filter((x) => x.type === f.type)
                      .map((x) => ({
                        value: x.key,
                        label: i18n.language === 'en' ? x.en : x.zh,
                        title: i18n.language === 'en' ? x.basisEn : x.basisZh,
                      })),
                  ]}
                />
              ) : f.type === 'choice' ? (
                <Input
                  placeholder={t('ret.edit.choices')}
                  value={(f.choices ?? []).join(listSeparator())}
                  onChange={(e) =>
                    setField(i, { choices: e.target.value.split(/[、,，]/).map((x) => x.trim()) })
                  }
                  style={{ width: 220 }}
                />
              ) : null,
          },
          {
            title: '',
            key: 'remove',
            render: (_, _f, i) => (
              <Button
                type="link"
                onClick={() => onChange({ ...sec, fields: sec.fields.filter((_, j) => j !== i) })}
              >
                {t('ret.edit.remove')}
              </Button>
            ),
          },
        ]}
      />
      <Space style={{ marginTop: 8 }}>
        <Button
          icon={<PlusOutlined />}
          size="small"
          onClick={() =>
            onChange({ ...sec, fields: [...sec.fields, { key: newKey('f'), label: '', type: 'int' }] })
          }
          data-testid={`ret-add-field-${sec.key}`}
        >
          {t('ret.edit.addField')}
        </Button>
        <Button
          icon={<PlusOutlined />}
          size="small"
          onClick={() =>
            onChange({
              ...sec,
              tables: [
                ...sec.tables,
                { key: newKey('t'), label: '', columns: [{ key: 'c1', label: '', type: 'int' }] },
              ],
            })
          }
        >
          {t('ret.edit.addTable')}
        </Button>
      </Space>
      {sec.tables.map((tb, i) => (
        <Card
          key={tb.key}
          size="small"
          style={{ marginTop: 12 }}
          title={
            <Input
              value={tb.label}
              placeholder={t('ret.edit.tableLabel')}
              onChange={(e) => setTable(i, { ...tb, label: e.target.value })}
              style={{ maxWidth: 320 }}
            />
          }
          extra={
            <Button
              type="link"
              onClick={() => onChange({ ...sec, tables: sec.tables.filter((_, j) => j !== i) })}
            >
              {t('ret.edit.remove')}
            </Button>
          }
        >
          <Typography.Text>{t('ret.edit.rows')}</Typography.Text>
          <Input.TextArea
            rows={3}
            value={(tb.rows ?? []).map((r) => r.label).join('\n')}
            onChange={(e) => {
              const labels = e.target.value.split('\n');
              const rows = labels.map((label, j) => ({ key: tb.rows?.[j]?.key ?? `r${j + 1}`, label }));
              setTable(i, {
                ...tb,
                rows: labels.some((l) => l.trim()) ? rows : undefined,
                maxRows: labels.some((l) => l.trim()) ? undefined : (tb.maxRows ?? 100),
              });
            }}
          />
          <Typography.Text>{t('ret.edit.columns')}</Typography.Text>
          <Flex vertical gap={4}>
            {tb.columns.map((c, j) => (
              <Space key={c.key}>
                <Input
                  value={c.label}
                  onChange={(e) =>
                    setTable(i, {
                      ...tb,
                      columns: tb.columns.map((x, k) => (k === j ? { ...x, label: e.target.value } : x)),
                    })
                  }
                  style={{ width: 200 }}
                />
                <Select
                  value={c.type}
                  style={{ width: 120 }}
                  onChange={(type) =>
                    setTable(i, { ...tb, columns: tb.columns.map((x, k) => (k === j ? { ...x, type } : x)) })
                  }
                  options={TYPES.map((x) => ({ value: x, label: t(`ret.type.${x}`) }))}
                />
              </Space>
            ))}
            <Button
              size="small"
              icon={<PlusOutlined />}
              style={{ alignSelf: 'start' }}
              onClick={() =>
                setTable(i, {
                  ...tb,
                  columns: [...tb.columns, { key: `c${tb.columns.length + 1}`, label: '', type: 'text' }],
                })
              }
            >
              {t('ret.edit.addColumn')}
            </Button>
          </Flex>
        </Card>
      ))}
    </Card>
  );
}
