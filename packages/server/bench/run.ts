/**
 * How a benchmark on its own database server ends (bench/reports.bench.ts, returns, todo, golive, members): `body`
 * measures and prints, calling `fail()` where a figure is wrong; a throw is printed and fails the run too. The
 * server (a throw-away PostgreSQL, or none on PGlite) is stopped whatever happens; then the process exits, 1 if
 * the run failed.
 */
export async function benchRun(
  server: { stop(): Promise<void> } | undefined,
  body: (fail: () => void) => Promise<void>,
): Promise<never> {
  let failed = false;
  try {
    await body(() => {
      failed = true;
    });
  } catch (err) {
    failed = true;
    console.error(err);
  } finally {
    await server?.stop();
  }
  process.exit(failed ? 1 : 0);
}
