import { checkCommand, HELP, parseCommand, runCommand } from './commands.ts';
import { CliError, describeError, openCliContext } from './context.ts';

/** Entry point of `npm run cli -- <command>`. */
async function main(argv: string[]): Promise<number> {
  const parsed = parseCommand(argv);
  if (parsed.command === 'help' || parsed.values.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  checkCommand(parsed);
  const ctx = await openCliContext();
  try {
    return await runCommand(ctx, parsed);
  } finally {
    await ctx.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e) => {
    process.stderr.write(`${describeError(e)}\n`);
    process.exit(e instanceof CliError ? e.exitCode : 1);
  },
);
