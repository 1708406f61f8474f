import { PlusOutlined } from '@ant-design/icons';
import { Button, Dropdown } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OrgSummary } from '../../api/types.ts';
import { OrgKindTag } from './orgLabels.tsx';

/** The deepest level a union has (a union at level 5 has none below it). */
const DEEPEST_LEVEL = 5;

/**
 * Whether the clerk may start a union below `org` (新建下级工会), on its detail page and its row in the tree: they
 * maintain unions, it is not closed, and it is not at the deepest level.
 */
export const mayCreateChild = (
  can: (permission: string) => boolean,
  org: Pick<OrgSummary, 'status' | 'level'>,
) => can('org.write') && org.status === 'active' && org.level < DEEPEST_LEVEL;

/**
 * A union's row in the tree: its name, its counts and its kind; with `onCreateChild`, 新建下级工会 on the row (a
 * button in place of the kind on the row pointed at or chosen, styles.css; and the row's context menu).
 */
export function OrgNodeTitle({ org, onCreateChild }: { org: OrgSummary; onCreateChild?: () => void }) {
  const { t } = useTranslation();
  const row = (
    <span
      className={`org-node${org.status === 'closed' ? ' closed' : ''}${onCreateChild ? ' with-add' : ''}`}
      data-org-id={org.id}
    >
      <span className="org-node-name">{org.name}</span>
      <span className="org-node-meta">
        {org.unions > 0 && <span>{t('org.unionsCount', { count: org.unions })}</span>}
        <span>{t('org.membersCount', { count: org.members })}</span>
      </span>
      <span className="org-node-kind">
        <OrgKindTag kind={org.kind} />
      </span>
      {onCreateChild && (
        <Button
          className="org-node-add"
          size="small"
          type="text"
          icon={<PlusOutlined />}
          title={t('org.createChild')}
          aria-label={t('org.createChild')}
          data-testid={`org-node-create-${org.id}`}
          onClick={(e) => {
            // the row is not chosen nor opened by its button
            e.stopPropagation();
            onCreateChild();
          }}
        />
      )}
    </span>
  );
  if (!onCreateChild) return row;
  return (
    <Dropdown
      trigger={['contextMenu']}
      menu={{
        items: [{ key: 'child', icon: <PlusOutlined />, label: t('org.createChild') }],
        onClick: ({ domEvent }) => {
          domEvent.stopPropagation();
          onCreateChild();
        },
      }}
    >
      {row}
    </Dropdown>
  );
}
