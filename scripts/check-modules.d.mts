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
export const CLOCK_EXCEPTIONS: Record<string, string>;
export function checkTestClocks(serverDir: string, exceptions?: Record<string, string>): string[];
