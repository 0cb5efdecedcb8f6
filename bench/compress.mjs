/** Compressed sizes as a CDN would serve them: gzip -9 and brotli quality 11. */
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const gzip = (buffer) => gzipSync(buffer, { level: 9 }).length;
export const brotli = (buffer) =>
  brotliCompressSync(buffer, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length },
  }).length;
