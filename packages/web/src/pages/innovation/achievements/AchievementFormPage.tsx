import { Button, Card, Flex, Form, Input, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { aside } from '../../../components/aside.ts';
import { thisYear } from '../../../components/dates.ts';
import { Field } from '../../../components/Field.tsx';
import { useFeedback } from '../../../components/feedback.ts';
import { useInvalidFields, ValidityScope } from '../../../components/inputValidity.tsx';
import { LoadGate } from '../../../components/LoadError.tsx';
import { NumberInput } from '../../../components/NumberInput.tsx';
import { optionsOf } from '../../../components/options.ts';
import { TextBox, TextLine } from '../../../components/TextBox.tsx';
import { useSaving } from '../../../components/useBusy.ts';
import { useLoad } from '../../../components/useLoad.ts';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { type AchievementPartProps, PatentFields } from './AchievementFormPage.patent.tsx';
import {
  ACHIEVEMENT_STAGES,
  ACHIEVEMENT_TYPES,
  type Achievement,
  type AchievementBody,
  achievementsApi,
} from './achievements-api.ts';

type Option = { value: number; label: string };

const EMPTY: AchievementBody = {
  studioId: 0,
  title: '',
  type: 'technical_innovation',
  industry: null,
  year: thisYear(),
  abstract: '',
  body: '',
  stage: 'developing',
  team: [],
  patent: null,
};

/** A select that asks the server as one types (studios, members). */
function useRemoteOptions(load: (q: string) => Promise<Option[]>, initial: Option[] = []) {
  const [options, setOptions] = useState<Option[]>(initial);
  const [known, setKnown] = useState<Map<number, string>>(new Map(initial.map((o) => [o.value, o.label])));
  const search = async (q: string) => {
    const found = await load(q);
    setOptions(found);
    setKnown((k) => new Map([...k, ...found.map((o): [number, string] => [o.value, o.label])]));
  };
  return { options, known, search };
}

/** Staff: add an achievement of a studio, or edit one (`/innovation/achievements/:id/edit`). */
export default function AchievementFormPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const editing = id ? Number(id) : undefined;
  const existing = useLoad(async () => (editing ? achievementsApi.get(editing) : null), [editing]);
  return (
    <LoadGate state={existing} what={t('ach.list.title')}>
      {(a) => <AchievementForm existing={a ?? undefined} />}
    </LoadGate>
  );
}

function AchievementForm({ existing }: { existing?: Achievement }) {
  const { t } = useTranslation();
  usePageTitle(t(existing ? 'ach.form.editTitle' : 'ach.form.createTitle'));
  const navigate = useNavigate();
  const feedback = useFeedback();
  const [value, setValue] = useState<AchievementBody>(
    existing
      ? {
          studioId: existing.studioId ?? 0,
          title: existing.title,
          type: existing.type,
          industry: existing.industry,
          year: existing.year,
          abstract: existing.abstract,
          body: existing.body,
          stage: existing.stage,
          team: existing.team.map((m) => m.personId),
          patent: existing.patent,
          awardRecordIds: existing.awardRecordIds,
        }
      : EMPTY,
  );
  const { busy: saving, run: whileSaving } = useSaving();
  const [missing, setMissing] = useState<string[]>([]);
  const set = (patch: Partial<AchievementBody>) => setValue((v) => ({ ...v, ...patch }));
  const studios = useRemoteOptions(async (q) =>
    (await achievementsApi.studios(q)).items.map((s) => ({
      value: s.id,
      label: `${s.name}${aside(s.orgName)}`,
    })),
  );
  const members = useRemoteOptions(
    async (q) =>
      (await achievementsApi.members(q)).map((p) => ({
        value: p.id,
        label: `${p.name}${aside(p.orgName ?? '')}`,
      })),
    existing?.team.map((m) => ({ value: m.personId, label: m.name })) ?? [],
  );
  // biome-ignore lint/correctness/useExhaustiveDependencies: the first list of studios, once
  useEffect(() => {
    if (!existing) void studios.search('').catch(feedback.error);
  }, []);

  const invalid = useInvalidFields();
  const save = async () => {
    if (invalid.blocked()) return;
    const lacking = [
      !existing && !value.studioId && 'studio',
      !value.title.trim() && 'title',
      !value.abstract.trim() && 'abstract',
      !value.team.length && 'team',
    ].filter((x): x is string => Boolean(x));
    setMissing(lacking);
    if (lacking.length) return;
    await whileSaving(async () => {
      const { studioId, ...rest } = value;
      const saved = existing
        ? await achievementsApi.update(existing.id, rest)
        : await achievementsApi.create(value);
      feedback.success(t('ach.form.saved'));
      navigate(`/innovation/achievements/${saved.id}`);
    });
  };
  // what a required field left empty says under it once a save was tried: 请填写<field>
  const problem = (field: string) =>
    missing.includes(field)
      ? { validateStatus: 'error' as const, help: t('ach.form.required', { field: t(`ach.field.${field}`) }) }
      : {};

  return (
    <Card title={t(existing ? 'ach.form.editTitle' : 'ach.form.createTitle')} style={{ maxWidth: 880 }}>
      <Form layout="vertical">
        <ValidityScope fields={invalid}>
          <Form.Item
            htmlFor="achievement-studio"
            label={t('ach.field.studio')}
            required
            {...problem('studio')}
          >
            {existing ? (
              <Input id="achievement-studio" value={existing.studioName ?? existing.orgName} disabled />
            ) : (
              <Select
                id="achievement-studio"
                showSearch
                filterOption={false}
                placeholder={t('ach.form.studioSearch')}
                notFoundContent={t('ach.form.noStudio')}
                options={studios.options}
                value={value.studioId || undefined}
                onSearch={(q) => void studios.search(q).catch(feedback.error)}
                onChange={(v: number) => set({ studioId: v })}
                data-testid="achievement-studio"
              />
            )}
          </Form.Item>
          <Field id="achievement-title" label={t('ach.field.title')} required {...problem('title')}>
            <TextLine
              max={200}
              value={value.title}
              onChange={(text) => set({ title: text })}
              testId="achievement-title"
            />
          </Field>
          <KindFields value={value} set={set} />
          <Field id="achievement-team" label={t('ach.field.team')} required {...problem('team')}>
            <Select
              mode="multiple"
              showSearch
              filterOption={false}
              placeholder={t('member.searchPlaceholder')}
              options={members.options}
              value={value.team}
              labelRender={(o) => members.known.get(Number(o.value)) ?? o.label}
              onSearch={(q) => q.trim() && void members.search(q.trim()).catch(feedback.error)}
              onChange={(v: number[]) => set({ team: v })}
              data-testid="achievement-team"
            />
          </Field>
          <Field id="achievement-abstract" label={t('ach.field.abstract')} required {...problem('abstract')}>
            <TextBox
              rows={3}
              max={2000}
              showCount
              value={value.abstract}
              onChange={(abstract) => set({ abstract })}
              testId="achievement-abstract"
            />
          </Field>
          <Field id="achievement-body" label={t('ach.field.body')}>
            <TextBox rows={5} max={20000} value={value.body} onChange={(body) => set({ body })} />
          </Field>
          <PatentFields value={value} set={set} />
          <Button type="primary" loading={saving} onClick={save} data-testid="achievement-save">
            {t('ach.form.save')}
          </Button>
        </ValidityScope>
      </Form>
    </Card>
  );
}

/** What kind of achievement, of which year, at which stage, in which industry: one row of the form. */
function KindFields({ value, set }: AchievementPartProps) {
  const { t } = useTranslation();
  const patent = value.patent;
  return (
    <Flex gap={16} wrap>
      <Field id="achievement-type" label={t('ach.field.type')} required style={{ minWidth: 180 }}>
        <Select
          value={value.type}
          onChange={(v) => {
            const kind =
              v === 'invention_patent' ? 'invention' : v === 'utility_model' ? 'utility_model' : null;
            set({
              type: v,
              patent: kind
                ? { type: kind, number: patent?.number ?? '', grantedOn: patent?.grantedOn ?? '' }
                : patent,
            });
          }}
          options={optionsOf(ACHIEVEMENT_TYPES, (x) => t(`ach.type.${x}`))}
          data-testid="achievement-type"
        />
      </Field>
      <Field id="achievement-year" label={t('ach.field.year')} required>
        <NumberInput
          min={1949}
          max={2100}
          value={value.year}
          onChange={(v) => v !== null && set({ year: v })}
        />
      </Field>
      <Field id="achievement-stage" label={t('ach.field.stage')} style={{ minWidth: 140 }}>
        <Select
          value={value.stage}
          onChange={(v) => set({ stage: v })}
          options={optionsOf(ACHIEVEMENT_STAGES, (x) => t(`ach.stage.${x}`))}
        />
      </Field>
      <Field id="achievement-industry" label={t('ach.field.industry')}>
        <TextLine
          max={50}
          value={value.industry ?? ''}
          onChange={(text) => set({ industry: text || null })}
        />
      </Field>
    </Flex>
  );
}
