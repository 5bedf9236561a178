/** Streams a text file line by line with line numbers and byte progress; never holds it whole. */
import { createReadStream, statSync } from 'node:fs';
import { createInterface } from 'node:readline';

interface Line {
  number: number;
  text: string;
}

export interface LineSource {
  path: string;
  sizeBytes: number;
  bytesRead(): number;
  lines(): AsyncGenerator<Line>;
  /** True once the whole file was read and it did not end with a newline. */
  endedMidLine(): boolean;
}

export class InputFileError extends Error {}

export function openLines(path: string): LineSource {
  let sizeBytes: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new InputFileError(`${path} is not a file`);
    sizeBytes = stat.size;
  } catch (error) {
    if (error instanceof InputFileError) throw error;
    throw new InputFileError(`Cannot read ${path}: ${(error as Error).message}`);
  }
  if (sizeBytes === 0) throw new InputFileError(`${path} is empty`);
  const stream = createReadStream(path);
  let lastByte = -1;
  let finished = false;
  stream.on('data', (chunk) => {
    const buffer = chunk as Buffer;
    if (buffer.length > 0) lastByte = buffer[buffer.length - 1];
  });
  return {
    path,
    sizeBytes,
    bytesRead: () => stream.bytesRead,
    endedMidLine: () => finished && lastByte !== 0x0a,
    async *lines() {
      const reader = createInterface({ input: stream, crlfDelay: Infinity });
      let number = 0;
      for await (const text of reader) {
        number += 1;
        yield { number, text };
      }
      finished = true;
    },
  };
}
