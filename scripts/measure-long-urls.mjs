// Measures what long query strings cost a running server (issue 19): a request with 7,000 query
// parameters (14 KB, now answered 414), one with 2,000 (4 KB, just under the limit), and a normal
// request sent while four 7,000-parameter requests are in flight. A measurement, not a test:
// the end-to-end tests assert the 414 itself (tests/e2e/odd-requests.spec.ts).
//
//   node scripts/measure-long-urls.mjs [base URL, default http://127.0.0.1:3000] [rounds, default 5]
//
// Targets: 7,000 parameters ≤ 50 ms, the normal request beside four of them ≤ 100 ms.
import { request } from 'node:http';
import { performance } from 'node:perf_hooks';

const base = new URL(process.argv[2] ?? 'http://127.0.0.1:3000');
const rounds = Number(process.argv[3] ?? 5);
const normalPath = '/robots.txt';
const longPath = `${normalPath}?${'a&'.repeat(7000)}`;
const underLimitPath = `${normalPath}?${'a&'.repeat(2000)}`;

/** One GET on a fresh connection; resolves with status and milliseconds until the body ended. */
function timedGet(path) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const outgoing = request(
      { hostname: base.hostname, port: base.port, path, agent: false, headers: { connection: 'close' } },
      (response) => {
        response.resume();
        response.on('end', () => resolve({ status: response.statusCode, ms: performance.now() - started }));
      },
    );
    outgoing.on('error', reject);
    outgoing.end();
  });
}

function summary(samples) {
  const sorted = samples.map((sample) => sample.ms).sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  const statuses = [...new Set(samples.map((sample) => sample.status))].join('/');
  return `Median ${median.toFixed(1)} ms, Maximum ${sorted.at(-1).toFixed(1)} ms (Status ${statuses})`;
}

await timedGet(normalPath); // warm-up
const normal = [];
const long = [];
const underLimit = [];
const beside = [];
for (let round = 0; round < rounds; round++) {
  normal.push(await timedGet(normalPath));
  long.push(await timedGet(longPath));
  underLimit.push(await timedGet(underLimitPath));
  const attack = Array.from({ length: 4 }, () => timedGet(longPath));
  beside.push(await timedGet(normalPath));
  await Promise.all(attack);
}

console.log(`Server: ${base.origin}, ${rounds} Runden`);
console.log(`normale Anfrage ${normalPath}:                 ${summary(normal)}`);
console.log(`7.000 Parameter (14 KB):                    ${summary(long)}`);
console.log(`2.000 Parameter (4 KB, unter der Grenze):   ${summary(underLimit)}`);
console.log(`normale Anfrage neben vier mit 7.000:       ${summary(beside)}`);
