import type { Readable } from 'node:stream';

/**
 * Reads what is left of a streamed request body and throws it away, at most `maxBytes`. Resolves true once the
 * body has ended, false if it could not be read to its end (longer than `maxBytes`, failed or already
 * destroyed): then the connection must close after the answer.
 *
 * Why: a route that stops reading a streamed body part-way (a CSV refused at its header) leaves the rest of the
 * body on the socket. Node only discards a body nobody started to read, so on a keep-alive connection the next
 * request would wait behind those bytes until the keep-alive timeout closed the socket.
 */
export function discardRest(body: Readable, maxBytes: number): Promise<boolean> {
  if (body.readableEnded) return Promise.resolve(true);
  if (body.destroyed || maxBytes <= 0) return Promise.resolve(false);
  return new Promise((resolve) => {
    let bytes = 0;
    const settle = (ended: boolean) => {
      body.off('data', onData);
      body.off('end', onEnd);
      body.off('error', onFailure);
      body.off('close', onFailure);
      if (!ended) body.pause();
      resolve(ended);
    };
    const onData = (chunk: Buffer | string) => {
      bytes += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.length;
      if (bytes > maxBytes) settle(false);
    };
    const onEnd = () => settle(true);
    const onFailure = () => settle(false);
    body.on('data', onData);
    body.once('end', onEnd);
    body.once('error', onFailure);
    body.once('close', onFailure);
    body.resume();
  });
}
