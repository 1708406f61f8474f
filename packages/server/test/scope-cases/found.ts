import { moduleFiles } from '../module-files.ts';
import type { CaseFile } from './types.ts';

/**
 * The route-table cases each module keeps in its own folder (ADR 92): every `src/modules/<m>/*.scope-cases.ts`, by
 * its path under modules/, in the order of their paths. A new module's file is found, never listed.
 */
export const CASE_FILES = await moduleFiles<CaseFile>('.scope-cases.ts');
