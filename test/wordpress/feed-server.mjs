/**
 * The programme feed for the WordPress test, on its own origin as partners have it: served with
 * CORS and `no-store` (so every page view that needs it must request it), counting requests.
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';

export async function startFeedServer(file) {
  const body = await readFile(file);
  let count = 0;
  const server = createServer((request, response) => {
    const headers = { 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'no-store' };
    if (request.method === 'OPTIONS') {
      response.writeHead(204, { ...headers, 'Access-Control-Allow-Headers': '*' });
      return response.end();
    }
    if (new URL(request.url, 'http://x').pathname !== '/forum.json') {
      response.writeHead(404, headers);
      return response.end('Not found');
    }
    count += 1;
    response.writeHead(200, { ...headers, 'Content-Type': 'application/json; charset=utf-8' });
    response.end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}/forum.json`,
    /** Requests for the feed since the last reset. */
    count: () => count,
    reset: () => {
      count = 0;
    },
    stop: () => new Promise((resolve) => server.close(resolve)),
  };
}
