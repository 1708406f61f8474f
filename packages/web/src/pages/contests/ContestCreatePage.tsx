import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Form, Input, Row, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useSession } from '../../auth/session.tsx';
import { DateField } from '../../components/DateField.tsx';
import { thisYear } from '../../components/dates.ts';
import { Field } from '../../components/Field.tsx';
import { useFeedback } from '../../components/feedback.ts';
import { useInvalidFields, ValidityScope } from '../../components/inputValidity.tsx';
import { lockedUntilFilled } from '../../components/locked.ts';
import { NumberInput } from '../../components/NumberInput.tsx';
import { OrgSelect } from '../../components/OrgSelect.tsx';
import { optionsOf } from '../../components/options.ts';
import { TextLine } from '../../components/TextBox.tsx';
import { useSaving } from '../../components/useBusy.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { CONTEST_LEVELS, type ContestInput, contestsApi, ENTRY_MODES } from './contests-api.ts';

type EventDraft = ContestInput['events'][number];

/** Staff: a new contest of a union of my subtree, with its events (trades); it opens for entries at once. */
export default function ContestCreatePage() {
  const { t } = useTranslation();
  usePageTitle(t('contest.create.title'));
  const navigate = useNavigate();
  const feedback = useFeedback();
  const { me } = useSession();
  const [draft, setDraft] = useState<ContestInput>({
    orgId: me?.orgId ?? 0,
    name: '',
    level: 'district',
    kind: 'skills',
    startsOn: `${thisYear()}-09-01`,
    endsOn: `${thisYear()}-09-30`,
    limitPerUnion: null,
    events: [{ name: '', mode: 'individual' }],
  });
  const { busy, run: whileBusy } = useSaving();
  const set = <K extends keyof ContestInput>(key: K, value: ContestInput[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const setEvent = (i: number, patch: Partial<EventDraft>) =>
    set(
      'events',
      draft.events.map((e, j) => (j === i ? { ...e, ...patch } : e)),
    );

  const invalid = useInvalidFields();
  const submit = async () => {
    if (invalid.blocked()) return;
    await whileBusy(async () => {
      const events = draft.events.map((e) => ({
        ...e,
        teamSize: e.mode === 'team' ? (e.teamSize ?? null) : null,
      }));
      const created = await contestsApi.create({ ...draft, events });
      feedback.success(t('contest.create.created'));
      navigate(`/contests/${created.id}`);
    });
  };

  const ready = draft.orgId > 0 && draft.name.trim() && draft.events.every((e) => e.name.trim());
  return (
    <Card title={t('contest.create.title')}>
      <Form layout="vertical" style={{ maxWidth: 960 }}>
        <ValidityScope fields={invalid}>
          <Row gutter={16}>
            <Field col={12} id="contest-create-name" label={t('contest.field.name')} required>
              <TextLine
                max={100}
                value={draft.name}
                onChange={(text) => set('name', text)}
                testId="contest-name"
              />
            </Field>
            <Field col={12} id="contest-create-organiser" label={t('contest.field.organiser')} required>
              <OrgSelect
                value={draft.orgId || null}
                onChange={(id) => set('orgId', id ?? 0)}
                style={{ width: '100%' }}
                testId="contest-organiser"
              />
            </Field>
            <Field
              col={6}
              id="contest-create-level"
              label={t('contest.field.level')}
              extra={t('contest.create.hint')}
            >
              <Select
                value={draft.level}
                onChange={(v) => set('level', v)}
                options={optionsOf(CONTEST_LEVELS, (l) => t(`contest.level.${l}`))}
                data-testid="contest-level"
              />
            </Field>
            <Field col={6} id="contest-create-kind" label={t('contest.field.kind')}>
              <Select
                value={draft.kind}
                onChange={(v) => set('kind', v)}
                options={optionsOf(['skills', 'labour'] as const, (k) => t(`contest.kind.${k}`))}
                data-testid="contest-kind"
              />
            </Field>
            <Field col={4} id="contest-create-starts-on" label={t('contest.field.startsOn')}>
              <DateField
                value={draft.startsOn}
                onChange={(v) => v && set('startsOn', v)}
                testId="contest-starts"
              />
            </Field>
            <Field col={4} id="contest-create-ends-on" label={t('contest.field.endsOn')}>
              <DateField value={draft.endsOn} onChange={(v) => v && set('endsOn', v)} testId="contest-ends" />
            </Field>
            <Field col={4} id="contest-create-limit-per-union" label={t('contest.field.limitPerUnion')}>
              <NumberInput
                min={1}
                max={100_000}
                optional
                style={{ width: '100%' }}
                placeholder={t('contest.field.noLimit')}
                value={draft.limitPerUnion ?? null}
                onChange={(v) => set('limitPerUnion', v ?? null)}
                testId="contest-limit"
              />
            </Field>
          </Row>
          <Typography.Title level={5}>{t('contest.field.events')}</Typography.Title>
          {draft.events.map((e, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place and have no id yet
            <Flex key={i} gap={8} align="center" style={{ marginBottom: 8 }} data-testid="contest-event-row">
              <Input
                style={{ width: 260 }}
                maxLength={60}
                placeholder={t('contest.field.eventName')}
                value={e.name}
                onChange={(ev) => setEvent(i, { name: ev.target.value })}
                data-testid="contest-event-name"
              />
              <Select
                style={{ width: 120 }}
                value={e.mode}
                onChange={(v) => setEvent(i, { mode: v })}
                options={optionsOf(ENTRY_MODES, (m) => t(`contest.mode.${m}`))}
                data-testid="contest-event-mode"
              />
              {e.mode === 'team' && (
                <NumberInput
                  min={2}
                  max={50}
                  optional
                  style={{ width: 160 }}
                  placeholder={t('contest.field.teamSize')}
                  value={e.teamSize ?? null}
                  onChange={(v) => setEvent(i, { teamSize: v ?? null })}
                />
              )}
              <NumberInput
                min={1}
                max={100_000}
                optional
                style={{ width: 160 }}
                placeholder={t('contest.field.eventLimit')}
                value={e.limitPerUnion ?? null}
                onChange={(v) => setEvent(i, { limitPerUnion: v ?? null })}
              />
              <Button
                icon={<DeleteOutlined />}
                disabled={draft.events.length === 1}
                onClick={() =>
                  set(
                    'events',
                    draft.events.filter((_, j) => j !== i),
                  )
                }
              >
                {t('contest.create.removeEvent')}
              </Button>
            </Flex>
          ))}
          <Button
            icon={<PlusOutlined />}
            onClick={() => set('events', [...draft.events, { name: '', mode: 'individual' }])}
            data-testid="contest-event-add"
          >
            {t('contest.create.addEvent')}
          </Button>
          <Flex gap={8} style={{ marginTop: 24 }}>
            <Button
              type="primary"
              {...lockedUntilFilled(t, !ready)}
              loading={busy}
              onClick={submit}
              data-testid="contest-submit"
            >
              {t('contest.create.submit')}
            </Button>
            <Button onClick={() => navigate('/contests')}>{t('common.cancel')}</Button>
          </Flex>
        </ValidityScope>
      </Form>
    </Card>
  );
}
