// `npx tsx scripts/bench/proxy-cost.ts --build ohne=.next-ohne --build mit=.next [-- --runs 5] [-- --seconds 10]
//   [-- --path /robots.txt] [-- --port 3710] [-- --write]`
// What proxy.ts costs (issue 17): the production server (scripts/serve-next.mjs) on several finished builds at
// once, e.g. one built without proxy.ts and one with it, each on its own port, warmed up, then autocannon in turns
// (run 1 on every build, run 2 on every build …) so a change in machine load hits all alike. Prints every run with
// the load average before it and the median per build; the first build is the baseline the others are compared
// with. --write puts the table into docs/BENCHMARKS.md ("Was der Proxy kostet"). A script, not a test.
import { spawn } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { de, sectionNames, table } from './report';
import { loadAverage, log, root, traffic, writeBenchmarks, type Server } from './tools';

const { values } = parseArgs({
  options: {
    build: { type: 'string', multiple: true, default: [] },
    runs: { type: 'string', default: '5' },
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '256' },
    path: { type: 'string', default: '/robots.txt' },
    port: { type: 'string', default: '3710' },
    write: { type: 'boolean', default: false },
  },
});
const builds = values.build.map((entry) => {
  const [label, distDir] = entry.split('=');
  if (!label || !distDir) throw new Error(`--build erwartet name=ordner, nicht „${entry}“`);
  return { label, distDir };
});
if (builds.length < 2) throw new Error('Mindestens zwei --build name=ordner angeben (der erste ist die Basis).');
const [runs, seconds, connections, firstPort] = [values.runs, values.seconds, values.connections, values.port].map(
  Number,
) as [number, number, number, number];

const uptime = () => execFileSync('uptime', { encoding: 'utf8' }).trim();

/** scripts/serve-next.mjs on one finished build (no fingerprint check, no rebuild). */
async function serveBuild(distDir: string, port: number): Promise<Server> {
  const child = spawn(process.execPath, ['scripts/serve-next.mjs'], {
    cwd: root,
    env: { ...process.env, NEXT_DIST_DIR: distDir, PORT: String(port), HOSTNAME: '127.0.0.1' },
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}`;
  for (let tries = 0; ; tries++) {
    if (child.exitCode !== null) throw new Error(`Server auf ${distDir} beendet (Exit-Code ${child.exitCode})`);
    if (tries > 300) throw new Error(`Keine Antwort von ${url}`);
    if (
      await fetch(`${url}${values.path}`).then(
        (response) => response.ok,
        () => false,
      )
    )
      break;
    await new Promise((wake) => setTimeout(wake, 200));
  }
  return {
    url,
    pid: child.pid!,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

const median = (numbers: number[]) => numbers.toSorted((a, b) => a - b)[Math.floor(numbers.length / 2)]!;

const before = uptime();
const servers: Server[] = [];
const results = builds.map(() => [] as { rps: number; p50: number; p99: number; errors: number; load: number }[]);
try {
  for (const [index, build] of builds.entries()) servers.push(await serveBuild(build.distDir, firstPort + index));
  log(`Aufwärmen: ${builds.map((build) => build.label).join(', ')} …`);
  for (const server of servers) await traffic(server.url, [values.path], { connections, seconds: 3 });
  for (let run = 1; run <= runs; run++) {
    for (const [index, server] of servers.entries()) {
      const load = loadAverage();
      const result = await traffic(server.url, [values.path], { connections, seconds });
      const rps = result.requests / result.seconds;
      results[index]!.push({ rps, p50: result.p50, p99: result.p99, errors: result.errors, load });
      log(
        `  Lauf ${run}, ${builds[index]!.label}: ${de(rps)} Anfragen/s, p99 ${de(result.p99)} ms, Last ${de(load, 2)}`,
      );
    }
  }
} finally {
  for (const server of servers) await server.stop();
}
const after = uptime();

const baseline = median(results[0]!.map((run) => run.rps));
const rows = builds.map((build, index) => {
  const runsOfBuild = results[index]!;
  const rps = median(runsOfBuild.map((run) => run.rps));
  return [
    build.label,
    runsOfBuild.map((run) => de(run.rps)).join(' / '),
    de(rps),
    index === 0 ? '–' : `${de((1 - rps / baseline) * 100, 1)} %`,
    `${de(median(runsOfBuild.map((run) => run.p50)))} ms`,
    `${de(median(runsOfBuild.map((run) => run.p99)))} ms`,
    runsOfBuild.reduce((sum, run) => sum + run.errors, 0),
    runsOfBuild.map((run) => de(run.load, 1)).join(' / '),
  ];
});
const body = [
  `Gemessen am ${new Date().toISOString().slice(0, 10)}: \`GET ${values.path}\`, ${connections} Verbindungen, ` +
    `${runs} Läufe à ${seconds} s je Build, abwechselnd. \`uptime\` vorher: \`${before}\`; nachher: \`${after}\`.`,
  '',
  table(
    [
      'Build',
      'Anfragen/s je Lauf',
      'Median',
      `weniger als „${builds[0]!.label}“`,
      'p50 (Median)',
      'p99 (Median)',
      'Fehler',
      'Last vor jedem Lauf',
    ],
    rows,
  ),
].join('\n');
console.log(body);
if (values.write) writeBenchmarks({ [sectionNames.proxy]: body });
