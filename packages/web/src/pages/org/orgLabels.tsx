import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OrgKind } from '../../api/types.ts';

const KIND_COLORS: Record<OrgKind, string> = {
  federation: 'red',
  district: 'volcano',
  industry: 'orange',
  street: 'gold',
  town: 'gold',
  group: 'lime',
  industry_federation: 'orange',
  system: 'cyan',
  grassroots: 'blue',
  branch: 'geekblue',
};

export function OrgKindTag({ kind }: { kind: OrgKind }) {
  const { t } = useTranslation();
  return (
    <Tag color={KIND_COLORS[kind]} variant="outlined" style={{ marginInlineEnd: 0 }}>
      {t(`orgKind.${kind}`)}
    </Tag>
  );
}

export function OrgStatusTag({ status }: { status: 'active' | 'closed' }) {
  const { t } = useTranslation();
  return <Tag color={status === 'active' ? 'green' : 'default'}>{t(`orgStatus.${status}`)}</Tag>;
}
