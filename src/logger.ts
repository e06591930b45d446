// Progress and diagnostics go to stderr; data goes to stdout or files. Library code logs only
// through a Logger it is given.
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  /** A progress line, e.g. "[3/10] villebelle: ok (12 pages)": one per institution in a log. */
  progress(message: string): void;
  /**
   * The live status of a long run (done/total, rate, ETA…): on a terminal, one line redrawn in
   * place instead of the per-institution lines; in a log, nothing.
   */
  status?(line: string): void;
}

export function stderrLogger(options: { quiet?: boolean; tty?: boolean } = {}): Logger {
  const tty = options.tty ?? process.stderr.isTTY === true;
  let statusLine = '';
  const clear = () => (statusLine && tty ? '\r\x1b[2K' : '');
  const write = (line: string) => process.stderr.write(`${clear()}${line}\n${statusLine && tty ? statusLine : ''}`);
  return {
    info: (message) => (options.quiet ? undefined : write(message)),
    warn: (message) => write(`warning: ${message}`),
    progress: (message) => (options.quiet || tty ? undefined : write(message)),
    status: (line) => {
      if (options.quiet || !tty) return;
      const width = process.stderr.columns || 100;
      const shown = line.length > width - 1 ? `${line.slice(0, width - 2)}…` : line;
      process.stderr.write(`\r\x1b[2K${shown}`);
      statusLine = shown;
      // An empty line ends the live status (the run is over).
      if (!line) statusLine = '';
    },
  };
}

export const silentLogger: Logger = { info: () => undefined, warn: () => undefined, progress: () => undefined };
