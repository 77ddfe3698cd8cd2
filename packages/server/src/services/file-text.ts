import { createByteDecoder, DomainError, type TextEncoding } from '@kurs/core';

/** An uploaded file's text, piece by piece as its bytes arrive, and the encoding they were read in. */
export interface UploadText extends AsyncIterable<string> {
  /** Settled once the bytes that decide it were read: after the whole file, 'utf-8' for ASCII only. */
  readonly encoding: TextEncoding | undefined;
}

/**
 * The text of a file's bytes (a request body, or a file the CLI reads), decoded as the tool
 * wrote it (UTF-8, UTF-16 with a byte order mark, Windows-1252: createByteDecoder). Past the
 * limit the upload is refused.
 */
export function textOf(body: AsyncIterable<Uint8Array> | ReadableStream<Uint8Array> | null, limit = Number.POSITIVE_INFINITY): UploadText {
  const decoder = createByteDecoder();
  async function* pieces(): AsyncGenerator<string> {
    if (!body) return;
    let total = 0;
    for await (const chunk of body as AsyncIterable<Uint8Array>) {
      total += chunk.byteLength;
      if (total > limit) {
        const mb = Math.round(limit / 1024 / 1024);
        throw new DomainError('too_large', `The file is larger than the limit of ${mb} MB.`, [], { reason: 'file_too_large', params: { limit_mb: mb } });
      }
      const text = decoder.push(chunk);
      if (text) yield text;
    }
    const rest = decoder.end();
    if (rest) yield rest;
  }
  return {
    [Symbol.asyncIterator]: () => pieces(),
    get encoding() {
      return decoder.encoding;
    },
  };
}
