/**
 * Serves the built dashboard (dashboard/dist) at `/`: files by extension with their content
 * type, `index.html` for client routes (paths without an extension), nothing outside the
 * root. Hashed assets under /assets/ are cached for a year; index.html is revalidated.
 */
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

const SECURITY_HEADERS: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'",
};

/** Vite names bundled files `name-<hash>.ext` under assets/. */
const HASHED_ASSET = /^\/assets\/.+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/;

/** The file under `root` a URL path names, or null for paths that try to leave it. */
export function resolveStaticPath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\') || decoded.split('/').includes('..')) return null;
  const relative = normalize(decoded).replace(/^\/+/, '');
  const full = join(root, relative);
  return full === root || full.startsWith(root + sep) ? full : null;
}

async function regularFile(root: string, path: string): Promise<{ path: string; size: number; mtime: Date } | null> {
  try {
    const real = await realpath(path);
    if (real !== root && !real.startsWith(root + sep)) return null; // a link out of the root
    const info = await stat(real);
    return info.isFile() ? { path: real, size: info.size, mtime: info.mtime } : null;
  } catch {
    return null;
  }
}

export interface StaticFiles {
  /** True when the request was answered (a file or the client-route fallback). */
  handle(req: IncomingMessage, res: ServerResponse, urlPath: string): Promise<boolean>;
}

/** A handler over `root`; answers nothing when the dashboard has not been built. */
export async function staticFiles(root: string): Promise<StaticFiles> {
  const realRoot = await realpath(root).catch(() => null);
  return {
    async handle(req, res, urlPath) {
      if (realRoot === null || (req.method !== 'GET' && req.method !== 'HEAD')) return false;
      const wanted = resolveStaticPath(realRoot, urlPath);
      if (wanted === null) return false;
      const clientRoute = extname(urlPath) === '';
      const file =
        (wanted !== realRoot && (await regularFile(realRoot, wanted))) ||
        (clientRoute ? await regularFile(realRoot, join(realRoot, 'index.html')) : null);
      if (!file) return false;
      const type = CONTENT_TYPES[extname(file.path).toLowerCase()] ?? 'application/octet-stream';
      const immutable = HASHED_ASSET.test(urlPath) && file.path.startsWith(join(realRoot, 'assets') + sep);
      res.writeHead(200, {
        'content-type': type,
        'content-length': String(file.size),
        'last-modified': file.mtime.toUTCString(),
        'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
        ...SECURITY_HEADERS,
      });
      if (req.method === 'HEAD') {
        res.end();
        return true;
      }
      await new Promise<void>((resolve, reject) => {
        createReadStream(file.path).on('error', reject).on('end', resolve).pipe(res);
      });
      return true;
    },
  };
}
