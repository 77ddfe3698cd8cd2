import { DomainError } from '@kurs/core';

/** The request body as text pieces, as they arrive; past the limit the upload is refused. */
export async function* textOf(body: ReadableStream<Uint8Array> | null, limit: number): AsyncGenerator<string> {
  if (!body) return;
  const decoder = new TextDecoder('utf-8');
  let total = 0;
  for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
    total += chunk.byteLength;
    if (total > limit) {
      const mb = Math.round(limit / 1024 / 1024);
      throw new DomainError('too_large', `The file is larger than the limit of ${mb} MB.`, [], { reason: 'file_too_large', params: { limit_mb: mb } });
    }
    yield decoder.decode(chunk, { stream: true });
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}
