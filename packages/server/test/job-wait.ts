/**
 * A background job read again every 50 ms until it no longer runs, 30 s at most: its last state. `what` names it in
 * the error when it is still running then.
 */
export async function jobFinished<J extends { status: string }>(
  read: () => Promise<J>,
  what: string,
): Promise<J> {
  for (let i = 0; i < 600; i++) {
    const job = await read();
    if (job.status !== 'running') return job;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${what} did not finish`);
}
