import type { ListedRegister } from '../../components/registersApi.ts';
import { MemberImport } from './ImportPage.tsx';
import { ListedRegisterPanel } from './register-panels.tsx';

/**
 * The panel of a listed register: the members' import, the import page's own, or the catalog's generic one.
 * App.tsx hands it to every list's 导入 dialog (RegisterPanelContext in components/ListImport.tsx).
 */
export default function RegisterPanel({ register, name }: { register: ListedRegister; name: string }) {
  if (register.key === 'members') return <MemberImport />;
  return <ListedRegisterPanel register={register} name={name} />;
}
