/**
 * Static assets, read once at start and served under a content-hashed name with a year-long
 * cache, so a returning visitor on a slow connection downloads the stylesheet once per release.
 * The stylesheet is sent without its comments and layout whitespace: they are for the people
 * who edit it, and were a third of what every first visit downloaded for it.
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

/**
 * CSS without comments and without the whitespace around braces, semicolons, commas and child
 * combinators; other runs of whitespace become one space, since a space can be a descendant
 * combinator (`main :focus`). Concord's stylesheet has no strings that hold these characters.
 *
 * @example minifyCss('a {\n  color: red; /* why *\/\n}') // 'a{color: red}'
 */
export function minifyCss(css: string) {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/;}/g, '}')
    .trim();
}

function load(file: string, type: string, minify?: (text: string) => string): Asset {
  const text = fs.readFileSync(path.join(projectRoot(), 'public', file), 'utf8');
  const body = minify ? minify(text) : text;
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 12);
  const [name, ext] = file.split('.');
  return { path: `/assets/${name}.${hash}.${ext}`, body, type };
}

export const stylesheet = load('app.css', 'text/css; charset=utf-8', minifyCss);

/** The bytes of a file in public/ (an image), read once by whoever serves it. */
export const publicFile = (file: string) =>
  fs.readFileSync(path.join(projectRoot(), 'public', file));
