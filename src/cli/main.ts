import { ENGINE_VERSION } from '../core/model';
import { USAGE, UsageError, parseCliArgs } from './args';
import { analyzeCommand } from './analyze-command';
import { mergeCommand } from './merge-command';
import { writeAll, type Io } from './output';

/** Runs the CLI; resolves with the exit status (never throws). */
export async function main(argv: string[], io: Io): Promise<number> {
  try {
    const args = parseCliArgs(argv);
    switch (args.command) {
      case 'help': await writeAll(io.stdout, `${USAGE}\n`); return 0;
      case 'version': await writeAll(io.stdout, `dossier engine ${ENGINE_VERSION}\n`); return 0;
      case 'analyze': return await analyzeCommand(args, io);
      case 'merge': return await mergeCommand(args, io);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`dossier: ${e.message}\n`);
      return 2;
    }
    if ((e as { code?: string }).code === 'EPIPE') return 0; // `dossier … | head` closed the pipe
    io.stderr.write(`dossier: error: ${(e as Error)?.message?.split('\n')[0] ?? String(e)}\n`);
    return 1;
  }
}
