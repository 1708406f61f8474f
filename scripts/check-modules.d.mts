export function parseImports(text: string): { spec: string; typeOnly: boolean; line: number }[];
export function checkModuleMap(
  dependencies: Map<string, Set<string>>,
  docText: string,
  docName?: string,
): string[];
export function checkModules(
  srcDir: string,
  options?: { architectureDoc?: string },
): { files: number; modules: number; problems: string[] };
/** A file of a page folder that other page folders may import: which folders, and why. */
export interface WebShared {
  from: string[];
  why: string;
}
export const WEB_SHARED: Record<string, WebShared>;
export const WEB_MOUNTS: Record<string, { why: string }>;
export function checkWebPages(
  srcDir: string,
  exceptions?: { shared?: Record<string, WebShared>; mounts?: Record<string, { why: string }> },
): { files: number; problems: string[] };
/** Web lists (`file:NAME` below packages/web/src) that may repeat a server list's values, and why (rule 14). */
export const WEB_LIST_EXCEPTIONS: Record<string, { why: string }>;
export function checkWebLists(
  webDir: string,
  serverDir: string,
  exceptions?: Record<string, { why: string }>,
): string[];
export const CLOCK_EXCEPTIONS: Record<string, string>;
export function checkTestClocks(serverDir: string, exceptions?: Record<string, string>): string[];
export function checkCodeClocks(serverDir: string, exceptions?: Record<string, string>): string[];
