import { UploadOutlined } from '@ant-design/icons';
import { Button, Modal } from 'antd';
import { type ComponentType, createContext, Suspense, useContext, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageSpinner } from './guards.tsx';
import { RegisterImport } from './RegisterImport.tsx';
import { type ListedRegister, listRegisters, sendToRegister } from './registersApi.ts';
import { useLoad } from './useLoad.ts';

/** The panel a listed register's import dialog shows. */
export type RegisterPanelType = ComponentType<{ register: ListedRegister; name: string }>;

/**
 * The register's panel (the members' import, the one its page folder declares in `panels.tsx`, else the generic
 * one), given by App.tsx: the kit imports no page, so the page folder that finds them hands them in. Without it,
 * every register gets the catalog's generic panel.
 */
export const RegisterPanelContext = createContext<RegisterPanelType>(GenericRegisterPanel);

/**
 * 导入 on a register's own list (issue 45): the button opens the shared import dialog — the template, 预检 (every
 * wrong row, nothing written), then the import, all rows or none — and the list reloads when it closes. The
 * register comes from the catalog (GET /api/registers), so the button shows only to those who may import it.
 * `register-lists.ts` names the list page of every register; its test fails when a list lacks its import.
 */
export function ListImport({
  register,
  onClosed,
  label,
  title,
  testId,
}: {
  /** The register's key in the catalog ('members', 'cases' …). */
  register: string;
  /** Called when the dialog closes (after an import or not): the list reloads. */
  onClosed?: () => void;
  /** The button's words where the page says more than 导入 (two registers on one list, a calendar's sheet). */
  label?: string;
  /** The dialog's title, where the page names the import its own way. */
  title?: string;
  testId?: string;
}) {
  const { t, i18n } = useTranslation();
  const catalog = useLoad(listRegisters, []);
  const [open, setOpen] = useState(false);
  const Panel = useContext(RegisterPanelContext);
  const entry = catalog.data?.find((r) => r.key === register);
  if (!entry) return null;
  const name = i18n.language === 'en' ? entry.name.en : entry.name.zh;
  return (
    <>
      <Button
        icon={<UploadOutlined />}
        onClick={() => setOpen(true)}
        data-testid={testId ?? `list-import-${register}`}
      >
        {label ?? t('registers.import')}
      </Button>
      <Modal
        open={open}
        width={860}
        title={title ?? t('registers.importTitle', { what: name })}
        footer={null}
        destroyOnHidden
        onCancel={() => {
          setOpen(false);
          onClosed?.();
        }}
      >
        <div data-testid="list-import-dialog">
          <Suspense fallback={<PageSpinner />}>
            <Panel register={entry} name={name} />
          </Suspense>
        </div>
      </Modal>
    </>
  );
}

/** The catalog's generic panel of a listed register: its template, 预检, then the import. */
export function GenericRegisterPanel({ register, name }: { register: ListedRegister; name: string }) {
  return (
    <RegisterImport
      what={name}
      templateUrl={register.templateUrl}
      send={(file, dryRun) => sendToRegister(register.importUrl, file, dryRun)}
      figures={() => []}
    />
  );
}
