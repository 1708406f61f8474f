import { PlusOutlined, SettingOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Empty,
  Flex,
  Form,
  Input,
  Modal,
  Select,
  Space,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useSession } from '../../auth/session.tsx';
import { DateField } from '../../components/DateField.tsx';
import { useFeedback } from '../../components/feedback.ts';
import { LoadState } from '../../components/LoadError.tsx';
import { OrgSelect } from '../../components/OrgSelect.tsx';
import { PastDay } from '../../components/PastDay.tsx';
import { PersonSelect } from '../../components/PersonSelect.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { SettingsFields } from './CongressListPage.tsx';
import {
  CATEGORIES,
  type Category,
  type CongressDetail,
  congressesApi,
  type Delegate,
  type NewSession,
} from './congresses-api.ts';

type Dialog =
  | { kind: 'settings' }
  | { kind: 'term' }
  | { kind: 'delegation' }
  | { kind: 'elect'; delegationId: number }
  | { kind: 'replace'; delegate: Delegate }
  | { kind: 'session' };

/** Staff: a congress — its terms, the roster with the legal proportions checked, and its sessions. */
export default function CongressPage() {
  const { t, i18n } = useTranslation();
  const id = Number(useParams().id);
  const { can } = useSession();
  const [termId, setTermId] = useState<number | undefined>();
  const detail = useLoad(() => congressesApi.get(id, termId), [id, termId]);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  usePageTitle(detail.data?.name ?? t('cong.what.congress'));
  if (!detail.data) return <LoadState state={detail} what={t('cong.what.congress')} />;
  const c = detail.data;
  const manage = can('congresses.manage');
  const en = i18n.language === 'en';
  const names = new Map(c.delegates.map((d) => [d.id, d.name]));
  const delegationName = new Map(c.delegations.map((g) => [g.id, g.name]));
  const p = c.proportions;
  const done = () => {
    setDialog(null);
    detail.reload();
  };
  return (
    <Flex vertical gap={16}>
      <Card
        title={
          <Space>
            <span data-testid="cong-title">{c.name}</span>
            <Tag>{t(`cong.kind.${c.kind}`)}</Tag>
          </Space>
        }
        extra={
          <Space wrap>
            {c.terms.length > 0 && (
              <Select
                style={{ minWidth: 120 }}
                value={c.termId ?? undefined}
                onChange={setTermId}
                options={c.terms.map((x) => ({
                  value: x.id,
                  label: `${t('cong.field.termN', { n: x.number })}（${x.startsOn}—${x.endsOn}）`,
                }))}
                data-testid="cong-term"
              />
            )}
            {manage && (
              <Button icon={<SettingOutlined />} onClick={() => setDialog({ kind: 'settings' })}>
                {t('cong.detail.settings')}
              </Button>
            )}
            {manage && (
              <Button
                icon={<PlusOutlined />}
                onClick={() => setDialog({ kind: 'term' })}
                data-testid="cong-add-term"
              >
                {t('cong.detail.addTerm')}
              </Button>
            )}
          </Space>
        }
      >
        <Flex vertical gap={8}>
          <Typography.Text>
            {c.orgName} · {t('cong.field.cosignMin')} {c.cosignMin} · {t('cong.field.answerDays')}{' '}
            {c.answerDays}
          </Typography.Text>
          {!c.termId && <Empty description={t('cong.detail.noTerm')} />}
          {c.termId && p.total > 0 && (
            <Alert
              type={p.warnings.length ? 'warning' : 'success'}
              showIcon
              data-testid="cong-proportions"
              message={t('cong.detail.proportions', p)}
              description={
                p.warnings.length ? (
                  <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                    {p.warnings.map((w) => (
                      <li key={w.code}>{en ? w.en : w.zh}</li>
                    ))}
                  </ul>
                ) : (
                  t('cong.detail.proportionsOk')
                )
              }
            />
          )}
        </Flex>
      </Card>
      {c.termId && (
        <Card>
          <Tabs
            items={[
              {
                key: 'roster',
                label: t('cong.detail.roster'),
                children: (
                  <Flex vertical gap={12}>
                    {manage && (
                      <Space wrap>
                        <Button icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'delegation' })}>
                          {t('cong.detail.addDelegation')}
                        </Button>
                        {c.delegations.map((g) => (
                          <Button
                            key={g.id}
                            onClick={() => setDialog({ kind: 'elect', delegationId: g.id })}
                            data-testid={`cong-elect-${g.id}`}
                          >
                            {t('cong.detail.elect')}
                            {t('common.colon')}
                            {g.name}
                          </Button>
                        ))}
                      </Space>
                    )}
                    <Table<Delegate>
                      rowKey="id"
                      size="small"
                      dataSource={c.delegates}
                      pagination={{ pageSize: 50, hideOnSinglePage: true }}
                      locale={{ emptyText: <Empty description={t('cong.detail.noDelegates')} /> }}
                      data-testid="cong-roster"
                      columns={[
                        { title: t('cong.field.person'), dataIndex: 'name' },
                        {
                          title: t('cong.field.delegation'),
                          dataIndex: 'delegationId',
                          render: (g: number) => delegationName.get(g),
                        },
                        { title: t('cong.field.union'), dataIndex: 'orgName' },
                        {
                          title: t('cong.field.category'),
                          dataIndex: 'category',
                          render: (k: Category) => t(`cong.category.${k}`),
                        },
                        {
                          title: t('cong.field.female'),
                          dataIndex: 'isFemale',
                          render: (f: boolean) => (f ? t('cong.field.female') : ''),
                        },
                        { title: t('cong.field.electedOn'), dataIndex: 'electedOn' },
                        {
                          title: t('cong.field.status'),
                          key: 'status',
                          render: (_, d) =>
                            d.endedOn ? (
                              <Typography.Text type="secondary">
                                {t('cong.detail.ended')} {d.endedOn}（{d.endReason}）
                                {d.replacedBy ? ` → ${names.get(d.replacedBy) ?? ''}` : ''}
                              </Typography.Text>
                            ) : (
                              <Space>
                                <Tag color="green">{t('cong.detail.seated')}</Tag>
                                {d.replaces && (
                                  <Typography.Text type="secondary">
                                    {t('cong.field.replaces')} {names.get(d.replaces)}
                                  </Typography.Text>
                                )}
                              </Space>
                            ),
                        },
                        {
                          key: 'act',
                          render: (_, d) =>
                            manage && !d.endedOn ? (
                              <Button
                                size="small"
                                onClick={() => setDialog({ kind: 'replace', delegate: d })}
                              >
                                {t('cong.detail.replace')}
                              </Button>
                            ) : null,
                        },
                      ]}
                    />
                  </Flex>
                ),
              },
              {
                key: 'sessions',
                label: t('cong.detail.sessions'),
                children: (
                  <Flex vertical gap={12}>
                    {manage && (
                      <Button
                        icon={<PlusOutlined />}
                        style={{ alignSelf: 'flex-start' }}
                        onClick={() => setDialog({ kind: 'session' })}
                      >
                        {t('cong.detail.addSession')}
                      </Button>
                    )}
                    <Table
                      rowKey="id"
                      size="small"
                      dataSource={c.sessions}
                      pagination={false}
                      locale={{ emptyText: <Empty description={t('cong.detail.noSessions')} /> }}
                      data-testid="cong-sessions"
                      columns={[
                        {
                          title: t('cong.field.title'),
                          dataIndex: 'title',
                          render: (v: string, s) => <Link to={`/congresses/sessions/${s.id}`}>{v}</Link>,
                        },
                        { title: t('cong.field.heldOn'), dataIndex: 'heldOn' },
                        {
                          title: t('cong.field.window'),
                          key: 'window',
                          render: (_, s) => `${s.proposalsFrom} — ${s.proposalsUntil}`,
                        },
                        { title: t('cong.field.present'), dataIndex: 'present', align: 'right' },
                      ]}
                    />
                  </Flex>
                ),
              },
            ]}
          />
        </Card>
      )}
      {dialog && <DialogFor dialog={dialog} c={c} onClose={() => setDialog(null)} onDone={done} />}
    </Flex>
  );
}

function DialogFor({
  dialog,
  c,
  onClose,
  onDone,
}: {
  dialog: Dialog;
  c: CongressDetail;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const feedback = useFeedback();
  const [form] = Form.useForm();
  const [busy, setBusy] = useState(false);
  const [day, setDay] = useState<string | null>(null);
  const [people, setPeople] = useState<number[]>([]);
  const [category, setCategory] = useState<Category>('frontline');
  const [successor, setSuccessor] = useState<number | null>(null);
  const termId = c.termId as number;
  const run = async (fn: () => Promise<unknown>, done: string) => {
    setBusy(true);
    try {
      await fn();
      feedback.success(done);
      onDone();
    } catch (err) {
      feedback.error(err);
    } finally {
      setBusy(false);
    }
  };
  const submit = (v: Record<string, unknown>) => {
    switch (dialog.kind) {
      case 'settings':
        return run(
          () => congressesApi.settings(c.id, v as Parameters<typeof congressesApi.settings>[1]),
          t('cong.detail.settingsSaved'),
        );
      case 'term':
        return run(
          () => congressesApi.addTerm(c.id, v as Parameters<typeof congressesApi.addTerm>[1]),
          t('cong.detail.termDone'),
        );
      case 'delegation':
        return run(
          () => congressesApi.addDelegation(termId, v as { orgId: number; name: string }),
          t('cong.detail.delegationDone'),
        );
      case 'session':
        return run(() => congressesApi.addSession(termId, v as NewSession), t('cong.detail.sessionDone'));
      case 'elect':
        return run(
          () =>
            congressesApi.elect(dialog.delegationId, {
              delegates: people.map((personId) => ({ personId, category })),
              effectiveOn: day ?? undefined,
            }),
          t('cong.detail.electDone'),
        );
      case 'replace':
        return run(
          () =>
            congressesApi.replace(dialog.delegate.id, {
              reason: String(v.reason ?? ''),
              personId: successor ?? undefined,
              category,
              effectiveOn: day ?? undefined,
            }),
          t('cong.detail.replaceDone'),
        );
    }
  };
  const title = {
    settings: t('cong.detail.settings'),
    term: t('cong.detail.addTerm'),
    delegation: t('cong.detail.addDelegation'),
    session: t('cong.detail.addSession'),
    elect: t('cong.detail.elect'),
    replace: t('cong.detail.replace'),
  }[dialog.kind];
  const categorySelect = (
    <Form.Item label={t('cong.field.category')}>
      <Select
        value={category}
        onChange={setCategory}
        options={CATEGORIES.map((k) => ({ value: k, label: t(`cong.category.${k}`) }))}
      />
    </Form.Item>
  );
  return (
    <Modal open title={title} onCancel={onClose} onOk={() => form.submit()} confirmLoading={busy} width={640}>
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={
          dialog.kind === 'settings'
            ? {
                frontlineMinPct: c.frontlineMinPct,
                managerMaxPct: c.managerMaxPct,
                cosignMin: c.cosignMin,
                answerDays: c.answerDays,
              }
            : dialog.kind === 'term'
              ? { number: (c.terms[0]?.number ?? 0) + 1 }
              : dialog.kind === 'session'
                ? {
                    number: (c.sessions.filter((s) => s.termId === termId).length ?? 0) + 1,
                  }
                : dialog.kind === 'delegation'
                  ? { orgId: c.orgId }
                  : {}
        }
      >
        {dialog.kind === 'settings' && <SettingsFields />}
        {dialog.kind === 'term' && (
          <>
            <Form.Item name="number" label={t('cong.field.term')} rules={[{ required: true }]}>
              <Select
                options={Array.from({ length: 20 }, (_, i) => ({
                  value: i + 1,
                  label: t('cong.field.termN', { n: i + 1 }),
                }))}
              />
            </Form.Item>
            <Form.Item name="startsOn" label={t('cong.field.startsOn')} rules={[{ required: true }]}>
              <DateField value={undefined} onChange={() => undefined} />
            </Form.Item>
            <Form.Item name="endsOn" label={t('cong.field.endsOn')} rules={[{ required: true }]}>
              <DateField value={undefined} onChange={() => undefined} />
            </Form.Item>
          </>
        )}
        {dialog.kind === 'delegation' && (
          <>
            <Form.Item name="orgId" label={t('cong.field.union')} rules={[{ required: true }]}>
              <OrgSelect value={c.orgId} onChange={() => undefined} />
            </Form.Item>
            <Form.Item
              name="name"
              label={t('cong.field.delegation')}
              rules={[{ required: true, whitespace: true }]}
            >
              <Input maxLength={100} />
            </Form.Item>
          </>
        )}
        {dialog.kind === 'session' && (
          <>
            <Form.Item name="number" label={t('cong.field.session')} rules={[{ required: true }]}>
              <Select
                options={Array.from({ length: 10 }, (_, i) => ({
                  value: i + 1,
                  label: t('cong.field.sessionN', { n: i + 1 }),
                }))}
              />
            </Form.Item>
            <Form.Item
              name="title"
              label={t('cong.field.title')}
              rules={[{ required: true, whitespace: true }]}
            >
              <Input maxLength={200} />
            </Form.Item>
            <Form.Item name="heldOn" label={t('cong.field.heldOn')} rules={[{ required: true }]}>
              <DateField value={undefined} onChange={() => undefined} />
            </Form.Item>
            <Flex gap={12}>
              <Form.Item name="proposalsFrom" label={t('cong.field.startsOn')} rules={[{ required: true }]}>
                <DateField value={undefined} onChange={() => undefined} />
              </Form.Item>
              <Form.Item name="proposalsUntil" label={t('cong.field.endsOn')} rules={[{ required: true }]}>
                <DateField value={undefined} onChange={() => undefined} />
              </Form.Item>
            </Flex>
          </>
        )}
        {dialog.kind === 'elect' && (
          <>
            <Form.Item label={t('cong.field.person')} required>
              <PersonSelect
                multiple
                value={people}
                onChange={(v) => setPeople(Array.isArray(v) ? v : v ? [v] : [])}
                known={[]}
              />
            </Form.Item>
            {categorySelect}
            <PastDay value={day} onChange={setDay} />
          </>
        )}
        {dialog.kind === 'replace' && (
          <>
            <Typography.Paragraph>{dialog.delegate.name}</Typography.Paragraph>
            <Form.Item
              name="reason"
              label={t('cong.field.endReason')}
              rules={[{ required: true, whitespace: true }]}
            >
              <Input maxLength={200} />
            </Form.Item>
            <Form.Item label={t('cong.detail.successor')}>
              <PersonSelect
                value={successor}
                onChange={(v) => setSuccessor(typeof v === 'number' ? v : null)}
                known={[]}
              />
            </Form.Item>
            {categorySelect}
            <PastDay value={day} onChange={setDay} />
          </>
        )}
      </Form>
    </Modal>
  );
}
