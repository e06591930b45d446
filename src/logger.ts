// Progress and diagnostics go to stderr; data goes to stdout or files. Library code logs only
// through a Logger it is given.
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  /** A progress line, e.g. "[3/10] villebelle: ok (12 pages)". */
  progress(message: string): void;
}

export function stderrLogger(options: { quiet?: boolean } = {}): Logger {
  const write = (line: string) => process.stderr.write(`${line}\n`);
  return {
    info: (message) => (options.quiet ? undefined : write(message)),
    warn: (message) => write(`warning: ${message}`),
    progress: (message) => (options.quiet ? undefined : write(message)),
  };
}

export const silentLogger: Logger = { info: () => undefined, warn: () => undefined, progress: () => undefined };
