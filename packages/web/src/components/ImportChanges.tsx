import { ArrowRightOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useLocale } from '../locale.tsx';
import { type ImportChanges as Changes, listImportChanges } from './importApi.ts';
import { emptyText, LoadError } from './LoadError.tsx';
import { rowCell, rowKeyOf } from './rowPlace.ts';
import { countedPager, FitTable } from './TableCard.tsx';
import { useLoad } from './useLoad.ts';

type ChangedRow = Changes['items'][number];
type Change = ChangedRow['changes'][number];

/** The words of a changed field, as the member page labels it. */
const FIELD_KEYS: Record<string, string> = {
  name: 'member.name',
  phone: 'member.phone',
  employerName: 'member.employerName',
  isFrontLine: 'member.isFrontLine',
  isOutdoor: 'member.isOutdoor',
  isNewEmployment: 'member.isNewEmployment',
  modelWorkerLevel: 'member.modelWorkerLevel',
  hardshipLevel: 'member.hardshipLevel',
  hardshipFrom: 'member.hardshipFrom',
  hardshipUntil: 'member.hardshipUntil',
  orgId: 'member.org',
  joinedOn: 'member.joinedOn',
  bankAccount: 'member.bankAccount',
  jingka: 'member.jingka',
};

export const changeField = (t: TFunction, field: string) =>
  FIELD_KEYS[field] ? t(FIELD_KEYS[field]) : t('import.changes.otherField');

/** A value before or after: yes/no and levels in words, a blank as 空, text and days as stored. */
export function changeValue(t: TFunction, field: string, v: Change['before']): string {
  if (v === null || v === '') return t('import.changes.blank');
  if (typeof v === 'boolean') return v ? t('common.yes') : t('common.no');
  if (field === 'modelWorkerLevel' || field === 'hardshipLevel')
    return t(`${field}.${v}`, { defaultValue: v });
  return v;
}

/**
 * What an import (or its check, 预检) changes in members already registered: each member by name, and each
 * field changed as "手机号：旧 → 新". The first 200 rows; every change is also in the member's audit log.
 */
export function ImportChanges({ jobId }: { jobId: number }) {
  const { t } = useTranslation();
  const { lang } = useLocale();
  const changes = useLoad(() => listImportChanges(jobId), [jobId]);
  if (changes.error)
    return <LoadError error={changes.error} retry={changes.reload} what={t('load.what.importChanges')} />;
  const total = changes.data?.total ?? 0;
  return (
    <>
      {total > (changes.data?.items.length ?? 0) && (
        <Typography.Paragraph type="secondary" className="small">
          {t('import.changes.first', { count: total })}
        </Typography.Paragraph>
      )}
      <FitTable<ChangedRow>
        rowKey={rowKeyOf}
        size="small"
        loading={changes.loading}
        dataSource={changes.data?.items ?? []}
        locale={{ emptyText: emptyText(changes, t('import.changes.none')) }}
        data-testid="import-changes"
        pagination={countedPager(t, 20)}
        columns={[
          { title: t('import.row'), key: 'row', width: 72, render: (_, r) => rowCell(r, lang) },
          {
            title: t('member.name'),
            dataIndex: 'name',
            width: 140,
            render: (name: string, r) => <Link to={`/members/${r.personId}`}>{name}</Link>,
          },
          {
            title: t('import.changes.what'),
            key: 'changes',
            render: (_, r) => (
              <ul className="import-change-list">
                {r.changes.map((c) => (
                  <li key={c.field} data-testid="import-change">
                    <span className="import-change-field">{changeField(t, c.field)}</span>
                    {t('import.changes.colon')}
                    <span className="muted">{changeValue(t, c.field, c.before)}</span>
                    <ArrowRightOutlined className="import-change-arrow" />
                    <strong>{changeValue(t, c.field, c.after)}</strong>
                  </li>
                ))}
              </ul>
            ),
          },
        ]}
      />
    </>
  );
}
