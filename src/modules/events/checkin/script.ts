/**
 * The check-in page's camera script (public/checkin.js), served from our own origin under a
 * content-hashed name, as the stylesheet is: the CSP allows scripts from 'self' only.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

function projectRoot() {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!fs.existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
  return dir;
}

const body = fs.readFileSync(path.join(projectRoot(), 'public', 'checkin.js'), 'utf8');
const hash = createHash('sha256').update(body).digest('hex').slice(0, 12);

/** @example app.get(checkinScript.path, (c) => c.body(checkinScript.body, 200, { … })) */
export const checkinScript = {
  path: `/assets/checkin.${hash}.js`,
  body,
  type: 'text/javascript; charset=utf-8',
};
