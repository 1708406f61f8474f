export const MODULES_FILE: string;
export function moduleFolders(dir?: string): string[];
export function listedModules(text: string): string[];
export function renderModules(folders: string[], previous?: string): string;
export function checkModuleList(serverSrc: string): string[];
export const VOCABULARY_FILE: string;
export function vocabularyModules(order: string[], dir?: string): string[];
export function renderVocabularies(modules: string[]): string;
export const MAP_START: string;
export const MAP_END: string;
export const ARCHITECTURE_DOC: string;
export function manifestWords(
  modules: string[],
  dir?: string,
): Map<string, { description: string | null; notes: Record<string, string> }>;
export function renderModuleMap(
  order: string[],
  words: Map<string, { description: string | null; notes: Record<string, string> }>,
  graph: Map<string, Set<string>>,
): string;
export function withModuleMap(docText: string, map: string): string | null;
