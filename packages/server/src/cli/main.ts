import { loadConfig } from '../config.ts';
import { verifyAuditFileCommand } from './audit.ts';
import { backupCommand, restoreCommand } from './backup.ts';
import { checkCommand, HELP, parseCommand, runCommand, usage } from './commands.ts';
import { CliError, describeError, openCliContext } from './context.ts';

/** Commands that open the database their own way (a backup must not migrate it, a restore creates it). */
const OWN_DATABASE = { backup: backupCommand, restore: restoreCommand };

/** Entry point of `npm run cli -- <command>`. */
async function main(argv: string[]): Promise<number> {
  const parsed = parseCommand(argv);
  if (parsed.command === 'help' || parsed.values.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  const io = {
    out: (l: string) => process.stdout.write(`${l}\n`),
    err: (l: string) => process.stderr.write(`${l}\n`),
  };
  const own = OWN_DATABASE[parsed.command as keyof typeof OWN_DATABASE];
  if (own) {
    if (parsed.positionals.length !== 1)
      throw usage(`${parsed.command} 需要一个参数 <file> / ${parsed.command} takes one argument <file>`);
    return own(loadConfig(), parsed.positionals[0], { force: parsed.values.force }, io);
  }
  // an archive file verifies on its own, without the database
  if (parsed.command === 'audit' && parsed.positionals[0] === 'verify' && parsed.values.file) {
    return verifyAuditFileCommand(parsed.values.file, io);
  }
  checkCommand(parsed);
  // the first administrator of a new installation is the one command that may make its database
  const ctx = await openCliContext(process.env, parsed.command === 'admin');
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
