import { createServer, type IncomingMessage, type ServerResponse, type Server } from 'node:http';
import { createReadStream } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { resolveSitePath } from '../helpers/static-host';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml',
  '.json': 'application/json', '.png': 'image/png', '.webmanifest': 'application/manifest+json', '.wasm': 'application/wasm',
};

/** A running server; `setRoot` switches the folder it serves, like a new deploy at the same address. */
export interface StaticServer {
  url: string;
  close: () => Promise<void>;
  setRoot: (root: string) => void;
  /** Every path requested so far, in order (for tests that check what was, or was not, fetched). */
  requests: string[];
}

function send(res: ServerResponse, status: number, file: string) {
  res.writeHead(status, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
}

/**
 * Serves a built site from `root` on a free local port, the way a static host would: under `base`
 * (default `/`), with clean URLs, a redirect from a folder to its slash, and 404.html for the rest.
 */
export async function serveStatic(root: string, options: { base?: string } = {}): Promise<StaticServer> {
  let current = root;
  const base = `/${(options.base ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  const requests: string[] = [];
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://x');
    requests.push(url.pathname + url.search);
    const notFound = join(current, '404.html');
    if (url.pathname === base.slice(0, -1)) return void res.writeHead(301, { location: base }).end();
    if (!url.pathname.startsWith(base)) return send(res, 404, notFound);
    const path = normalize(decodeURIComponent(url.pathname.slice(base.length - 1))).replace(/^(\.\.[/\\])+/, '');
    const { file, redirect } = resolveSitePath(current, path);
    if (redirect) return void res.writeHead(301, { location: base.slice(0, -1) + redirect }).end();
    if (file) return send(res, 200, file);
    send(res, 404, notFound);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => { server.closeAllConnections(); server.close(() => done()); }),
    setRoot: (next) => { current = next; },
    requests,
  };
}
