// A file written in chunks of 64 KiB: results.json and the CSV exports are written as the stored
// results stream by, one institution at a time, without holding the whole file in memory.
import { closeSync, openSync, writeSync } from 'node:fs';

const chunkChars = 1 << 16;

export class BufferedFile {
  private readonly fd: number;
  private buffer = '';

  constructor(readonly path: string) {
    this.fd = openSync(path, 'w');
  }

  readonly write = (text: string): void => {
    this.buffer += text;
    if (this.buffer.length > chunkChars) this.flush();
  };

  close(): void {
    this.flush();
    closeSync(this.fd);
  }

  private flush(): void {
    writeSync(this.fd, this.buffer);
    this.buffer = '';
  }
}
