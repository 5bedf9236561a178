import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { resolveStaticPath, staticFiles } from '../../../src/api/static-files';

let dir: string;
let server: Server;
let base: string;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ontocase-static-'));
  const root = join(dir, 'dist');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>ontocase</title>');
  writeFileSync(join(root, 'assets', 'index-AbCd1234.js'), 'console.log(1)');
  writeFileSync(join(root, 'assets', 'style-Zz9_8xYw.css'), 'body{}');
  writeFileSync(join(dir, 'secret.txt'), 'secret');
  symlinkSync(join(dir, 'secret.txt'), join(root, 'link.txt'));
  const files = await staticFiles(root);
  server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    void files.handle(req, res, path).then((done) => {
      if (!done) res.writeHead(404).end('none');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => {
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('static files', () => {
  test('serves files with their content type; hashed assets are immutable, index.html revalidated', async () => {
    const js = await fetch(`${base}/assets/index-AbCd1234.js`);
    assert.equal(js.headers.get('content-type'), 'text/javascript; charset=utf-8');
    assert.match(js.headers.get('cache-control')!, /immutable/);
    assert.equal(await js.text(), 'console.log(1)');
    const css = await fetch(`${base}/assets/style-Zz9_8xYw.css`);
    assert.equal(css.headers.get('content-type'), 'text/css; charset=utf-8');
    const index = await fetch(`${base}/`);
    assert.equal(index.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.equal(index.headers.get('cache-control'), 'no-cache');
    assert.match(index.headers.get('content-security-policy')!, /default-src 'self'/);
  });

  test('client routes fall back to index.html; missing files with an extension do not', async () => {
    const route = await fetch(`${base}/concepts/D010996`);
    assert.equal(route.status, 200);
    assert.match(await route.text(), /<title>ontocase/);
    assert.equal((await fetch(`${base}/assets/missing-12345678.js`)).status, 404);
  });

  test('no way out of the root: dot-dot, encoded dot-dot, backslashes, links', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/..%5csecret.txt', '/link.txt']) {
      const res = await fetch(`${base}${path}`);
      assert.notEqual(await res.text(), 'secret', path);
    }
    assert.equal(resolveStaticPath('/srv/dist', '/%2e%2e/secret.txt'), null);
    assert.equal(resolveStaticPath('/srv/dist', '/a/%00'), null);
    assert.equal(resolveStaticPath('/srv/dist', '/%E0%A4%A'), null);
    assert.equal(resolveStaticPath('/srv/dist', '/assets/x.js'), '/srv/dist/assets/x.js');
  });

  test('only GET and HEAD', async () => {
    assert.equal((await fetch(`${base}/`, { method: 'POST', body: 'x' })).status, 404);
    const head = await fetch(`${base}/`, { method: 'HEAD' });
    assert.equal(head.status, 200);
  });
});
