export function parseImports(text: string): { spec: string; typeOnly: boolean; line: number }[];
export function checkModules(srcDir: string): { files: number; modules: number; problems: string[] };
