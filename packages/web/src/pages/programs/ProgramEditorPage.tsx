import { CheckCircleOutlined, SaveOutlined, StopOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Breadcrumb,
  Button,
  Card,
  Checkbox,
  Col,
  ConfigProvider,
  Flex,
  Form,
  Input,
  InputNumber,
  Popconfirm,
  Radio,
  Row,
  Select,
  Switch,
  Typography,
} from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { ApiError, api } from '../../api/client.ts';
import { useSession } from '../../auth/session.tsx';
import { useFeedback } from '../../components/feedback.ts';
import { PageSpinner } from '../../components/guards.tsx';
import { ReconciliationPanel } from '../ledger/ReconciliationPanel.tsx';
import { AmountEditor } from './AmountEditor.tsx';
import { BatchSubmitPanel } from './BatchSubmitPanel.tsx';
import { EvidenceEditor, ReviewChainEditor } from './ChainAndEvidence.tsx';
import { ClaimsPanel } from './ClaimsPanel.tsx';
import { ProgramStatusTag } from './labels.tsx';
import { OrgSelect } from './OrgSelect.tsx';
import { ProposalsPanel, SimulatePanel, VersionsPanel } from './ProgramPanels.tsx';
import {
  CATEGORIES,
  INTAKE_MODES,
  LIMIT_MODES,
  type Program,
  type ProgramInput,
  programsApi,
} from './programs-api.ts';
import { RuleBuilder } from './RuleBuilder.tsx';
import { AmountText, RecordKindSelect, RuleText } from './RuleVocabulary.tsx';
import { YuanInput } from './YuanInput.tsx';

function blank(ownerOrgId: number | null): ProgramInput {
  const year = new Date().getFullYear();
  return {
    ownerOrgId: ownerOrgId ?? 0,
    name: '',
    category: 'subsidy',
    periodLabel: String(year),
    periodStart: `${year}-01-01`,
    periodEnd: `${year}-12-31`,
    periodUnit: 'year',
    applicantType: 'person',
    intakeModes: ['apply'],
    limitMode: 'per_person_per_period',
    subjectKind: null,
    quota: null,
    budgetFen: null,
    reviewChain: [4, 3, 2],
    requiredEvidence: [],
    rule: { op: 'all', rules: [{ op: 'member_of_owner_subtree' }] },
    amount: { kind: 'fixed', fen: 0 },
  };
}

const EDITABLE: (keyof ProgramInput)[] = [
  'ownerOrgId',
  'name',
  'description',
  'category',
  'periodLabel',
  'periodStart',
  'periodEnd',
  'periodUnit',
  'applicantType',
  'intakeModes',
  'limitMode',
  'subjectKind',
  'quota',
  'budgetFen',
  'reviewChain',
  'requiredEvidence',
  'rule',
  'amount',
  'claimStartsAt',
  'claimEndsAt',
  'lottery',
];

function toInput(p: Program): ProgramInput {
  const out: Record<string, unknown> = {};
  for (const k of EDITABLE) if (p[k] !== undefined) out[k] = p[k];
  return out as unknown as ProgramInput;
}

/** Staff: define or edit a program — basics, limits, review chain, evidence, eligibility and amount. */
export default function ProgramEditorPage() {
  const { id } = useParams();
  const isNew = id === undefined || id === 'new';
  const programId = isNew ? null : Number(id);
  const { t, i18n } = useTranslation();
  const { me, can } = useSession();
  const feedback = useFeedback();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [program, setProgram] = useState<Program | null>(null);
  const [draft, setDraft] = useState<ProgramInput | null>(isNew ? blank(me?.orgId ?? null) : null);
  const [saving, setSaving] = useState(false);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [refreshKey, setRefreshKey] = useState(0);
  // A program owned above my subtree (e.g. by the federation) can be seen and worked with, not edited.
  const [ownerInScope, setOwnerInScope] = useState(true);
  const writable = can('programs.write') && ownerInScope;

  const load = useCallback(async () => {
    if (!programId) return;
    try {
      const p = await programsApi.get(programId);
      setProgram(p);
      if (me?.role !== 'admin') {
        const visible = await api
          .GET('/api/orgs/{id}', { params: { path: { id: p.ownerOrgId } } })
          .then((r) => r.response.ok)
          .catch(() => false);
        setOwnerInScope(visible);
      }
      setDraft(toInput(p));
    } catch (err) {
      feedback.error(err);
    }
  }, [programId, feedback, me]);
  useEffect(() => {
    void load();
  }, [load]);

  if (!draft) return <PageSpinner />;
  const set = <K extends keyof ProgramInput>(key: K, value: ProgramInput[K]) =>
    setDraft({ ...draft, [key]: value });
  const closed = program?.status === 'closed';

  const save = async () => {
    if (!draft.name.trim()) {
      message.warning(t('common.required', { field: t('prog.field.name') }));
      return;
    }
    setSaving(true);
    setProblems([]);
    try {
      if (programId) {
        const { ownerOrgId: _owner, ...patch } = draft;
        const p = await programsApi.update(programId, patch);
        setProgram(p);
        setDraft(toInput(p));
        setRefreshKey((k) => k + 1);
      } else {
        const p = await programsApi.create(draft);
        navigate(`/programs/${p.id}`, { replace: true });
      }
      feedback.success(t('common.saved'));
    } catch (err) {
      setProblems(problemsOf(err));
      feedback.error(err);
    } finally {
      setSaving(false);
    }
  };
  const transition = async (action: 'publish' | 'close') => {
    if (!programId) return;
    try {
      const p = await programsApi[action](programId);
      setProgram(p);
      feedback.success(t(`prog.${action}Done`));
    } catch (err) {
      feedback.error(err);
    }
  };

  return (
    <Flex vertical gap={16}>
      <Breadcrumb
        items={[
          { title: <Link to="/programs">{t('prog.listTitle')}</Link> },
          { title: program?.name ?? t('prog.new') },
        ]}
      />
      {problems.length > 0 && (
        <Alert
          type="error"
          showIcon
          title={t('prog.problems')}
          data-testid="program-problems"
          description={
            <ul style={{ margin: 0, paddingLeft: 18 }}>
              {problems.map((p) => (
                <li key={`${p.path}-${p.en}`}>{i18n.language === 'en' ? p.en : p.zh}</li>
              ))}
            </ul>
          }
        />
      )}
      <Row gutter={16}>
        <Col xs={24} xl={15}>
          <ConfigProvider componentDisabled={!writable || closed}>
            <Flex vertical gap={16}>
              <Card title={t('prog.section.basics')}>
                <Form layout="vertical" disabled={!writable || closed}>
                  <Row gutter={16}>
                    <Col span={14}>
                      <Form.Item label={t('prog.field.name')} required>
                        <Input
                          value={draft.name}
                          maxLength={200}
                          onChange={(e) => set('name', e.target.value)}
                          data-testid="program-name"
                        />
                      </Form.Item>
                    </Col>
                    <Col span={10}>
                      <Form.Item label={t('prog.field.owner')} required>
                        <OrgSelect
                          value={draft.ownerOrgId || null}
                          onChange={(v) => set('ownerOrgId', v ?? 0)}
                          style={{ width: '100%' }}
                          label={program?.ownerOrgName}
                          disabled={!!programId}
                        />
                      </Form.Item>
                    </Col>
                    <Col span={24}>
                      <Form.Item label={t('prog.field.description')}>
                        <Input.TextArea
                          rows={2}
                          maxLength={2000}
                          value={draft.description ?? ''}
                          onChange={(e) => set('description', e.target.value || null)}
                        />
                      </Form.Item>
                    </Col>
                    <Col span={8}>
                      <Form.Item label={t('prog.field.category')}>
                        <Select
                          value={draft.category}
                          onChange={(v) => set('category', v)}
                          options={CATEGORIES.map((c) => ({ value: c, label: t(`prog.category.${c}`) }))}
                        />
                      </Form.Item>
                    </Col>
                    <Col span={8}>
                      <Form.Item label={t('prog.field.applicantType')}>
                        <Radio.Group
                          value={draft.applicantType}
                          onChange={(e) => set('applicantType', e.target.value)}
                          options={[
                            { value: 'person', label: t('prog.applicantType.person') },
                            { value: 'union', label: t('prog.applicantType.union') },
                          ]}
                        />
                      </Form.Item>
                    </Col>
                    <Col span={8}>
                      <Form.Item label={t('prog.field.periodLabel')}>
                        <Input
                          value={draft.periodLabel}
                          maxLength={50}
                          onChange={(e) => set('periodLabel', e.target.value)}
                        />
                      </Form.Item>
                    </Col>
                    <Col span={8}>
                      <Form.Item label={t('prog.field.periodStart')}>
                        <Input
                          type="date"
                          value={draft.periodStart}
                          onChange={(e) => set('periodStart', e.target.value)}
                        />
                      </Form.Item>
                    </Col>
                    <Col span={8}>
                      <Form.Item label={t('prog.field.periodEnd')}>
                        <Input
                          type="date"
                          value={draft.periodEnd}
                          onChange={(e) => set('periodEnd', e.target.value)}
                        />
                      </Form.Item>
                    </Col>
                    <Col span={8}>
                      <Form.Item label={t('prog.field.periodUnit')} tooltip={t('prog.periodUnitHint')}>
                        <Select
                          value={draft.periodUnit}
                          onChange={(v) => set('periodUnit', v)}
                          options={[
                            { value: 'year', label: t('prog.periodUnit.year') },
                            { value: 'whole', label: t('prog.periodUnit.whole') },
                          ]}
                        />
                      </Form.Item>
                    </Col>
                    <Col span={24}>
                      <Form.Item label={t('prog.field.intakeModes')}>
                        <Checkbox.Group
                          value={draft.intakeModes}
                          onChange={(v) => set('intakeModes', v as ProgramInput['intakeModes'])}
                          options={INTAKE_MODES.map((m) => ({ value: m, label: t(`prog.intake.${m}`) }))}
                        />
                      </Form.Item>
                    </Col>
                    {draft.intakeModes.includes('claim') && (
                      <>
                        <Col span={9}>
                          <Form.Item label={t('prog.field.claimStartsAt')}>
                            <Input
                              type="datetime-local"
                              value={toLocal(draft.claimStartsAt)}
                              onChange={(e) => set('claimStartsAt', fromLocal(e.target.value))}
                            />
                          </Form.Item>
                        </Col>
                        <Col span={9}>
                          <Form.Item label={t('prog.field.claimEndsAt')}>
                            <Input
                              type="datetime-local"
                              value={toLocal(draft.claimEndsAt)}
                              onChange={(e) => set('claimEndsAt', fromLocal(e.target.value))}
                            />
                          </Form.Item>
                        </Col>
                        <Col span={6}>
                          <Form.Item label={t('prog.field.lottery')}>
                            <Switch checked={!!draft.lottery} onChange={(v) => set('lottery', v)} />
                          </Form.Item>
                        </Col>
                      </>
                    )}
                  </Row>
                </Form>
              </Card>

              <Card title={t('prog.section.limits')}>
                <Form layout="vertical" disabled={!writable || closed}>
                  <Row gutter={16}>
                    <Col span={10}>
                      <Form.Item label={t('prog.field.limitMode')}>
                        <Select
                          data-testid="limit-mode"
                          value={draft.limitMode}
                          onChange={(v) =>
                            setDraft({
                              ...draft,
                              limitMode: v,
                              subjectKind: v === 'per_subject' ? (draft.subjectKind ?? 'certificate') : null,
                            })
                          }
                          options={LIMIT_MODES.map((m) => ({ value: m, label: t(`prog.limitMode.${m}`) }))}
                        />
                      </Form.Item>
                    </Col>
                    {draft.limitMode === 'per_subject' && (
                      <Col span={6}>
                        <Form.Item label={t('prog.field.subjectKind')}>
                          <RecordKindSelect
                            value={draft.subjectKind ?? undefined}
                            onChange={(v) => set('subjectKind', v)}
                          />
                        </Form.Item>
                      </Col>
                    )}
                    <Col span={8}>
                      <Form.Item label={t('prog.field.quota')} tooltip={t('prog.quotaHint')}>
                        <InputNumber
                          min={1}
                          precision={0}
                          style={{ width: '100%' }}
                          value={draft.quota ?? undefined}
                          placeholder={t('prog.unlimited')}
                          onChange={(v) => set('quota', v == null ? null : Number(v))}
                        />
                      </Form.Item>
                    </Col>
                    <Col span={10}>
                      <Form.Item label={t('prog.field.budgetYuan')} tooltip={t('prog.budgetHint')}>
                        <YuanInput
                          value={draft.budgetFen}
                          placeholder={t('prog.unlimited')}
                          onChange={(fen) => set('budgetFen', fen)}
                          testId="program-budget"
                          style={{ width: '100%' }}
                        />
                      </Form.Item>
                    </Col>
                    <Col span={24}>
                      <Form.Item label={t('prog.field.reviewChain')} tooltip={t('prog.chain.hint')}>
                        <ReviewChainEditor
                          value={draft.reviewChain}
                          onChange={(v) => set('reviewChain', v)}
                        />
                      </Form.Item>
                    </Col>
                    <Col span={24}>
                      <Form.Item label={t('prog.field.requiredEvidence')}>
                        <EvidenceEditor
                          value={draft.requiredEvidence}
                          onChange={(v) => set('requiredEvidence', v)}
                        />
                      </Form.Item>
                    </Col>
                  </Row>
                </Form>
              </Card>

              <Card
                title={t('prog.section.eligibility')}
                extra={<Typography.Text type="secondary">{t('prog.rule.hint')}</Typography.Text>}
              >
                <div>
                  <RuleBuilder value={draft.rule} onChange={(rule) => set('rule', rule)} />
                </div>
              </Card>

              <Card title={t('prog.section.amount')}>
                <AmountEditor value={draft.amount} onChange={(amount) => set('amount', amount)} />
              </Card>
            </Flex>
          </ConfigProvider>
        </Col>

        <Col xs={24} xl={9}>
          <Flex vertical gap={16}>
            <Card
              size="small"
              title={
                <Flex gap={8} align="center">
                  {program ? (
                    <ProgramStatusTag status={program.status} />
                  ) : (
                    <ProgramStatusTag status="draft" />
                  )}
                  {program && <Typography.Text type="secondary">v{program.currentVersion}</Typography.Text>}
                </Flex>
              }
            >
              <Flex gap={8} wrap>
                {writable && !closed && (
                  <Button
                    type="primary"
                    icon={<SaveOutlined />}
                    loading={saving}
                    onClick={save}
                    data-testid="program-save"
                  >
                    {t('common.save')}
                  </Button>
                )}
                {writable && program?.status === 'draft' && (
                  <Popconfirm title={t('prog.publishConfirm')} onConfirm={() => transition('publish')}>
                    <Button icon={<CheckCircleOutlined />} data-testid="program-publish">
                      {t('prog.publish')}
                    </Button>
                  </Popconfirm>
                )}
                {writable && program?.status === 'published' && (
                  <Popconfirm title={t('prog.closeConfirm')} onConfirm={() => transition('close')}>
                    <Button danger icon={<StopOutlined />} data-testid="program-close">
                      {t('prog.close')}
                    </Button>
                  </Popconfirm>
                )}
              </Flex>
              {program?.status === 'published' && (
                <Alert style={{ marginTop: 12 }} type="info" showIcon title={t('prog.publishedEditHint')} />
              )}
            </Card>
            <Card size="small" title={t('prog.description')}>
              <Flex vertical gap={6} data-testid="rule-description">
                <Typography.Text strong>{t('prog.section.eligibility')}</Typography.Text>
                <Typography.Paragraph style={{ marginBottom: 4 }}>
                  <RuleText rule={draft.rule} />
                </Typography.Paragraph>
                <Typography.Text strong>{t('prog.section.amount')}</Typography.Text>
                <Typography.Paragraph style={{ marginBottom: 0 }}>
                  <AmountText amount={draft.amount} />
                </Typography.Paragraph>
              </Flex>
            </Card>
            <SimulatePanel programId={programId} rule={draft.rule} amount={draft.amount} />
            {program?.status === 'published' &&
              program.intakeModes.includes('batch') &&
              can('applications.submit') && <BatchSubmitPanel program={program} />}
            {programId && program?.intakeModes.includes('proposal') && (
              <ProposalsPanel programId={programId} disabled={!writable || program.status !== 'published'} />
            )}
            {programId && program?.intakeModes.includes('claim') && program.status !== 'draft' && (
              <ClaimsPanel programId={programId} closed={program.status === 'closed'} />
            )}
            {programId && <ReconciliationPanel programId={programId} />}
            {programId && <VersionsPanel programId={programId} refreshKey={refreshKey} />}
          </Flex>
        </Col>
      </Row>
    </Flex>
  );
}

/** ISO timestamp ↔ the value of an <input type="datetime-local"> (local time, minutes). */
function toLocal(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
}
function fromLocal(v: string): string | null {
  if (!v) return null;
  const d = new Date(v);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

interface Problem {
  path: string;
  zh: string;
  en: string;
}

/** The list of problems a refused save names (the server lists every one, the message only the first). */
function problemsOf(err: unknown): Problem[] {
  if (!(err instanceof ApiError)) return [];
  const details = err.details as { problems?: Problem[] } | undefined;
  return Array.isArray(details?.problems) ? details.problems : [];
}
