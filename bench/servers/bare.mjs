/**
 * The baseline: a bare node:http server that answers every request with one recorded response
 * (status, headers and the already-compressed body bytes of a Concord page), or with a short
 * text when no recording is given. Plain JavaScript, so that it starts as fast as node can.
 *
 * Environment: PORT, HOST (default 127.0.0.1), BENCH_FIXTURE (a JSON file written by
 * bench/http.ts: { status, headers, body } with the body in base64).
 */
import fs from 'node:fs';
import http from 'node:http';

const fixture = process.env.BENCH_FIXTURE
  ? JSON.parse(fs.readFileSync(process.env.BENCH_FIXTURE, 'utf8'))
  : {
      status: 200,
      headers: { 'content-type': 'text/plain' },
      body: Buffer.from('ok').toString('base64'),
    };
const body = Buffer.from(fixture.body, 'base64');
const headers = { ...fixture.headers, 'content-length': String(body.length) };

const server = http.createServer((_request, response) => {
  response.writeHead(fixture.status, headers);
  response.end(body);
});
server.listen(Number(process.env.PORT), process.env.HOST ?? '127.0.0.1');
const stop = () => server.close(() => process.exit(0));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
