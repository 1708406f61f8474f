export const MODULES_FILE: string;
export function moduleFolders(dir?: string): string[];
export function listedModules(text: string): string[];
export function renderModules(folders: string[], previous?: string): string;
export function checkModuleList(serverSrc: string): string[];
export const VOCABULARY_FILE: string;
export function vocabularyModules(order: string[], dir?: string): string[];
export function renderVocabularies(modules: string[]): string;
