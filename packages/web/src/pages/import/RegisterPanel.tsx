import { GenericRegisterPanel } from '../../components/ListImport.tsx';
import type { ListedRegister } from '../../components/registersApi.ts';
import { MemberImport } from './ImportPage.tsx';
import { REGISTERS } from './registers.tsx';

/** The import page's own panels, by the server's register key (the union tree is `orgs` there). */
const PANEL_KEY: Record<string, string> = { unions: 'orgs' };

/**
 * The panel of a listed register: the import page's own where it has one, else the catalog's generic one.
 * App.tsx hands it to every list's 导入 dialog (RegisterPanelContext in components/ListImport.tsx).
 */
export default function RegisterPanel({ register, name }: { register: ListedRegister; name: string }) {
  if (register.key === 'members') return <MemberImport />;
  const own = REGISTERS.find((p) => p.key === (PANEL_KEY[register.key] ?? register.key));
  if (own) return <own.Panel />;
  return <GenericRegisterPanel register={register} name={name} />;
}
