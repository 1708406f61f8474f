export function splitByDatabase(root: string): { database: string[]; other: string[] };
