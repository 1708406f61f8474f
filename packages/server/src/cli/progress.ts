import type { JobProgress } from '../modules/jobs/index.ts';

const PHASES: Record<string, string> = {
  queued: '排队 queued',
  reading: '读取文件 reading',
  validating: '校验 validating',
  staging: '暂存 staging',
  merging: '写入数据库 merging',
  done: '完成 done',
};

export interface ProgressLine {
  update(p: JobProgress): void;
  /** Ends the updating line so the next output starts on a fresh one. */
  end(): void;
}

/**
 * One updating progress line on a terminal (carriage return, clear to end of line); on a pipe or a
 * log file, one line per phase and per tenth of the rows, so logs stay short.
 */
export function createProgressLine(stream: NodeJS.WriteStream = process.stderr): ProgressLine {
  const tty = stream.isTTY === true;
  let last = '';
  let lastStep = -1;
  let lastPhase = '';
  let lastDraw = 0;
  let open = false;
  return {
    update({ phase, total, done }) {
      const pct = total > 0 ? Math.floor((done / total) * 100) : 0;
      const counts =
        total > 0 ? `  ${done.toLocaleString('en-US')} / ${total.toLocaleString('en-US')}  ${pct}%` : '';
      const text = `${PHASES[phase] ?? phase}${counts}`;
      if (tty) {
        const now = Date.now();
        if (text === last || (phase === lastPhase && now - lastDraw < 100 && done < total)) return;
        stream.write(`\r\x1b[K${text}`);
        last = text;
        lastPhase = phase;
        lastDraw = now;
        open = true;
        return;
      }
      const step = Math.floor(pct / 10);
      if (phase !== lastPhase || step !== lastStep) {
        stream.write(`${text}\n`);
        lastPhase = phase;
        lastStep = step;
      }
    },
    end() {
      if (open) stream.write('\n');
      open = false;
    },
  };
}
