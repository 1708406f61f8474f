export async function seedCases(): Promise<void> {}
