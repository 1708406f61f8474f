import { Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../api/types.ts';
import { today } from '../../components/dates.ts';

type Attrs = Pick<
  Person,
  | 'isFrontLine'
  | 'isOutdoor'
  | 'isNewEmployment'
  | 'modelWorkerLevel'
  | 'hardshipLevel'
  | 'hardshipUntil'
  | 'gender'
>;

/** Whether a hardship status recorded with `until` still holds today. */
export const hardshipHolds = (p: Pick<Person, 'hardshipLevel' | 'hardshipUntil'>) =>
  !!p.hardshipLevel && (!p.hardshipUntil || p.hardshipUntil >= today());

/** The attributes programs look at, as coloured tags. */
export function AttributeTags({ person, empty = '—' }: { person: Attrs; empty?: string }) {
  const { t } = useTranslation();
  const tags: { key: string; color: string; text: string }[] = [];
  if (person.isFrontLine) tags.push({ key: 'fl', color: 'blue', text: t('member.isFrontLine') });
  if (person.isOutdoor) tags.push({ key: 'od', color: 'cyan', text: t('member.isOutdoor') });
  if (person.isNewEmployment) tags.push({ key: 'ne', color: 'purple', text: t('member.isNewEmployment') });
  if (person.gender === 'female') tags.push({ key: 'f', color: 'magenta', text: t('member.female') });
  if (person.modelWorkerLevel)
    tags.push({ key: 'mw', color: 'gold', text: t(`modelWorkerLevel.${person.modelWorkerLevel}`) });
  if (person.hardshipLevel && hardshipHolds(person))
    tags.push({ key: 'hs', color: 'orange', text: t(`hardshipLevel.${person.hardshipLevel}`) });
  if (!tags.length) return <span className="muted">{empty}</span>;
  return (
    <Space size={[4, 4]} wrap>
      {tags.map((x) => (
        <Tag key={x.key} color={x.color} style={{ marginInlineEnd: 0 }}>
          {x.text}
        </Tag>
      ))}
    </Space>
  );
}
