/**
 * Static assets, read once at start and served under a content-hashed name with a year-long
 * cache, so a returning visitor on a slow connection downloads the stylesheet once per release.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export type Asset = { path: string; body: string; type: string };

/** The project root, found from this file whether it runs from src/ or from dist/src/. */
function projectRoot() {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!fs.existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
  return dir;
}

function load(file: string, type: string): Asset {
  const body = fs.readFileSync(path.join(projectRoot(), 'public', file), 'utf8');
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 12);
  const [name, ext] = file.split('.');
  return { path: `/assets/${name}.${hash}.${ext}`, body, type };
}

export const stylesheet = load('app.css', 'text/css; charset=utf-8');

/** The bytes of a file in public/ (an image), read once by whoever serves it. */
export const publicFile = (file: string) =>
  fs.readFileSync(path.join(projectRoot(), 'public', file));
