// Progress for long work, on stderr, only when stderr is a terminal (never in logs or pipes), and only once
// the work has run for a moment: quick runs stay silent.
import type { Terminal } from './terminal.js';

export interface ProgressEvent {
  /** What is being computed, in words ("betweenness and reach"). */
  stage: string;
  done: number;
  total: number;
}

export interface Progress {
  update(event: ProgressEvent): void;
  /** Clears the progress line, if one was drawn. */
  done(): void;
}

export function startProgress(terminal: Terminal, quiet: boolean, now: () => number = Date.now): Progress {
  if (quiet || !terminal.stderrIsTTY) return { update() {}, done() {} };
  const started = now();
  let drawn = false;
  let last = '';
  return {
    update({ stage, done, total }) {
      if (now() - started < terminal.progressDelay) return;
      const percent = total > 0 ? Math.floor((100 * done) / total) : 0;
      const line = `knet: ${stage} ${percent}%`;
      if (line === last) return;
      terminal.stderr.write(`\r\u001b[2K${line}`);
      last = line;
      drawn = true;
    },
    done() {
      if (drawn) terminal.stderr.write('\r\u001b[2K');
      drawn = false;
    },
  };
}
