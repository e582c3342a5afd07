// Pure parts of the benchmarks: goals, percentiles, Next's trace, the nginx config and the Markdown
// tables `--write` puts between marker comments in docs/BENCHMARKS.md (the prose around them is
// written by hand there).

export interface Traffic {
  requests: number;
  seconds: number;
  p50: number;
  p99: number;
  /** Connection errors, timeouts (no answer within 10 s) included. */
  errors: number;
  timeouts: number;
  non2xx: number;
}

export interface BuildRun {
  wallMs: number;
  /** User + system time of the build and every worker it reaped (GNU time). */
  cpuMs: number;
  /** Peak RSS of the largest single process (GNU time's %M). */
  peakRss: number;
  /** Entries of the prerender manifest: pages, feeds, images. */
  routes: number;
  phases: Record<Phase, number>;
}

export interface Goal {
  description: string;
  met: boolean;
  measured: string;
}

/** The goals of issues 7 and 8; the build ratio as issue 16 set it anew (it was 1.2× in issue 7). */
export const limits = { buildRatio: 2.0, buildGrowth: 4.4, servingShare: 0.25, memoryGrowth: 0.1 } as const;

export const de = (value: number, digits = 0) =>
  value.toLocaleString('de-DE', { minimumFractionDigits: digits, maximumFractionDigits: digits });
export const mib = (bytes: number) => `${de(bytes / 2 ** 20)} MiB`;
export const kib = (bytes: number) => `${de(bytes / 2 ** 10, 1)} KiB`;
export const sec = (ms: number) => `${de(ms / 1000, 1)} s`;
const pct = (fraction: number) => `${de(fraction * 100, 1)} %`;
const x = (ratio: number) => `${de(ratio, 2)}×`;

/** A Markdown table: the first column left-aligned, the others right-aligned. */
export function table(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const align = header.map((_, index) => (index === 0 ? '---' : '---:'));
  return [header, align, ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

export const verdicts = (goals: readonly Goal[]) =>
  goals.map((goal) => `- ${goal.met ? '✅ erreicht' : '❌ verfehlt'}: ${goal.description} – gemessen ${goal.measured}`);

/** The value below which `share` of the values lie (nearest rank). */
export function percentile(values: readonly number[], share: number): number {
  const sorted = values.toSorted((a, b) => a - b);
  return sorted.length === 0 ? 0 : sorted[Math.max(0, Math.ceil(share * sorted.length) - 1)]!;
}

/**
 * The sections of docs/BENCHMARKS.md whose generated part `npm run bench`, `load`, `lighthouse` and
 * scripts/bench/proxy-cost.ts write.
 */
export const sectionNames = {
  machine: 'Maschine',
  loader: 'Loader',
  build: 'Build',
  weight: 'Seitengewicht',
  serve: 'Ausliefern: npm start und nginx',
  load: 'Last und Speicher',
  storm: 'Verbindungssturm',
  proxy: 'Was der Proxy kostet',
  lighthouse: 'Lighthouse',
} as const;

/** The comments around a generated part of docs/BENCHMARKS.md; `name` is the section's heading. */
export function markers(name: string): { start: string; end: string } {
  return {
    start: `<!-- bench: ${name} – erzeugt von scripts/bench, nicht von Hand ändern -->`,
    end: `<!-- /bench: ${name} -->`,
  };
}

/**
 * Replaces what stands between the markers of `name` (the prose around them is written by hand);
 * both must be there once and in order, so a renamed section fails loudly instead of being appended.
 */
export function replaceMarked(document: string, name: string, body: string): string {
  const { start, end } = markers(name);
  const from = document.indexOf(start);
  const to = document.indexOf(end);
  if (from === -1 || to < from || document.indexOf(start, from + 1) !== -1)
    throw new Error(`${start} … ${end} stehen nicht genau einmal und in dieser Reihenfolge im Dokument.`);
  return `${document.slice(0, from + start.length)}\n${body.trimEnd()}\n${document.slice(to)}`;
}

// ---------------------------------------------------------------------------------------------
// Build: our site against the floor app

const phaseSpans = {
  compile: 'run-turbopack',
  typescript: 'run-typescript',
  collect: 'static-check',
  generate: 'static-generation',
} as const;
export type Phase = keyof typeof phaseSpans;

/** Phase durations in ms from Next's `<distDir>/trace` (one JSON array of spans per line, µs). */
export function buildPhases(trace: string): Record<Phase, number> {
  const spans = trace
    .split('\n')
    .filter((line) => line.trim() !== '')
    .flatMap((line) => JSON.parse(line) as { name: string; duration: number }[]);
  const total = (name: string) =>
    spans.filter((span) => span.name === name).reduce((sum, span) => sum + span.duration, 0) / 1000;
  return Object.fromEntries(Object.entries(phaseSpans).map(([phase, span]) => [phase, total(span)])) as Record<
    Phase,
    number
  >;
}

export interface BuildPair {
  count: number;
  ours: BuildRun;
  floor: BuildRun;
  /** 1-minute load average just before the pair started: above 0.5 or so, other work ran. */
  loadBefore: number;
  /** Our site built again after one changed headline, over the cold build (measured at one size). */
  rebuilds?: { withCache: BuildRun; withoutShareCards: BuildRun; loadBefore: number };
}

export function buildGoals(builds: readonly BuildPair[]): Goal[] {
  const at = (count: number) => builds.find((pair) => pair.count === count);
  const [n1000, n4000] = [at(1000), at(4000)];
  const goals: Goal[] = [];
  if (n1000) {
    const ratio = n1000.ours.wallMs / n1000.floor.wallMs;
    goals.push({
      description: `Build bei N = 1.000 höchstens ${x(limits.buildRatio)} der Floor-App`,
      met: ratio <= limits.buildRatio,
      measured: x(ratio),
    });
  }
  if (n1000 && n4000) {
    const growth = n4000.ours.wallMs / n1000.ours.wallMs;
    goals.push({
      description: `lineares Wachstum: N = 4.000 höchstens ${x(limits.buildGrowth)} von N = 1.000`,
      met: growth <= limits.buildGrowth,
      measured: x(growth),
    });
  }
  return goals;
}

export function buildTable(builds: readonly BuildPair[]): string {
  const both = (run: (build: BuildRun) => string, pair: BuildPair) => `${run(pair.ours)} / ${run(pair.floor)}`;
  const sorted = builds.toSorted((a, b) => a.count - b.count);
  const goals = verdicts(buildGoals(builds));
  return [
    table(
      [
        'Artikel',
        'Zeit (unsere / Floor)',
        'Verhältnis',
        'CPU-Zeit',
        'Spitzen-RSS größter Prozess',
        'Routen',
        'Last vorher',
      ],
      sorted.map((pair) => [
        de(pair.count),
        both((run) => sec(run.wallMs), pair),
        x(pair.ours.wallMs / pair.floor.wallMs),
        `${both((run) => sec(run.cpuMs), pair)} (${x(pair.ours.cpuMs / pair.floor.cpuMs)})`,
        both((run) => mib(run.peakRss), pair),
        both((run) => de(run.routes), pair),
        de(pair.loadBefore, 2),
      ]),
    ),
    '',
    ...(goals.length > 0 ? [...goals, ''] : []), // the quick run builds no N = 1,000: nothing to judge
    table(
      ['Artikel', 'Kompilieren', 'TypeScript', 'Seitendaten sammeln', 'Seiten erzeugen'],
      sorted.map((pair) => [
        de(pair.count),
        ...(Object.keys(phaseSpans) as Phase[]).map((phase) => both((run) => sec(run.phases[phase]), pair)),
      ]),
    ),
    ...sorted.flatMap((pair) => (pair.rebuilds ? ['', rebuildTable(pair)] : [])),
  ].join('\n');
}

/** The builds after one changed headline next to the cold build of the same articles. */
function rebuildTable({ count, ours, rebuilds }: BuildPair): string {
  const { withCache, withoutShareCards, loadBefore } = rebuilds!;
  const row = (label: string, run: BuildRun) => [
    label,
    sec(run.wallMs),
    x(run.wallMs / ours.wallMs),
    sec(run.phases.generate),
  ];
  return table(
    [
      `Build nach einer Änderung (N = ${de(count)}, Last vorher ${de(loadBefore, 2)})`,
      'Zeit',
      'gegenüber kalt',
      'Seiten erzeugen',
    ],
    [
      row('kalt, ohne Cache (oben)', ours),
      row('eine Überschrift geändert, Cache behalten', withCache),
      row('dasselbe ohne Cache der Vorschaubilder', withoutShareCards),
    ],
  );
}

// ---------------------------------------------------------------------------------------------
// Serving: npm start (scripts/start.mjs) against nginx

export interface ServeRun {
  server: 'npm start' | 'nginx';
  scenario: 'Artikelseite' | 'Mischung';
  connections: number;
  traffic: Traffic;
  loadBefore: number;
}

const perSecond = (traffic: Traffic) => traffic.requests / traffic.seconds;

/** npm start's requests per second as a share of nginx's, for each scenario and connection count. */
export function servingShares(runs: readonly ServeRun[]) {
  return runs.flatMap((run) => {
    const nginx = runs.find(
      (other) => other.server === 'nginx' && other.scenario === run.scenario && other.connections === run.connections,
    );
    return run.server === 'npm start' && nginx
      ? [
          {
            scenario: run.scenario,
            connections: run.connections,
            share: perSecond(run.traffic) / perSecond(nginx.traffic),
          },
        ]
      : [];
  });
}

export function servingGoals(runs: readonly ServeRun[]): Goal[] {
  return servingShares(runs)
    .filter((share) => share.scenario === 'Artikelseite')
    .map(({ connections, share }) => ({
      description: `npm start mit ${connections} Verbindungen mindestens ${pct(limits.servingShare)} der Anfragen/s von nginx (dieselbe Artikelseite)`,
      met: share >= limits.servingShare,
      measured: pct(share),
    }));
}

export function serveTable(runs: readonly ServeRun[]): string {
  return [
    table(
      ['Seiten', 'Verbindungen', 'Server', 'Anfragen/s', 'p50', 'p99', 'Fehler', 'Nicht-2xx', 'Last vorher'],
      runs.map(({ scenario, connections, server, traffic, loadBefore }) => [
        scenario,
        connections,
        server,
        de(perSecond(traffic)),
        `${de(traffic.p50)} ms`,
        `${de(traffic.p99)} ms`,
        de(traffic.errors),
        de(traffic.non2xx),
        de(loadBefore, 2),
      ]),
    ),
    '',
    ...servingShares(runs).map(
      (share) =>
        `- ${share.scenario}, ${share.connections} Verbindungen: npm start schafft ${pct(share.share)} der Anfragen/s von nginx`,
    ),
    ...verdicts(servingGoals(runs)),
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------
// Load test

export interface LoadResult {
  opening: Traffic;
  whole: Traffic;
  /** After every 10,000 answered requests: RSS under load, then RSS and JS heap after a full GC. */
  memory: { requests: number; rss: number; afterGc: { rss: number; heapUsed: number } }[];
}

export function loadGoals({ opening, whole, memory }: LoadResult): Goal[] {
  const [first, last] = [memory[0], memory.at(-1)];
  if (!first || !last) throw new Error('Keine Speichermessung im Lastlauf');
  const growth = last.rss / first.rss - 1;
  return [
    {
      description: `256 Verbindungen für ${de(opening.seconds)} s ohne Fehler`,
      met: opening.errors === 0,
      measured: `${de(opening.errors)} Fehler (davon ${de(opening.timeouts)} Timeouts)`,
    },
    {
      description: 'dabei keine Antwort außer 2xx',
      met: opening.non2xx === 0,
      measured: `${de(opening.non2xx)} Nicht-2xx`,
    },
    {
      description: `alle ${de(whole.requests)} Anfragen des Laufs ohne Fehler und Nicht-2xx`,
      met: whole.errors === 0 && whole.non2xx === 0,
      measured: `${de(whole.errors)} Fehler (davon ${de(whole.timeouts)} Timeouts), ${de(whole.non2xx)} Nicht-2xx`,
    },
    {
      description: `Speicher nach ${de(last.requests)} Anfragen höchstens ${pct(limits.memoryGrowth)} über dem nach ${de(first.requests)}`,
      met: last.rss <= first.rss * (1 + limits.memoryGrowth), // not `growth <= …`: 220/200 - 1 > 0.1 in floats
      measured: `${mib(first.rss)} → ${mib(last.rss)} (${growth >= 0 ? '+' : ''}${pct(growth)})`,
    },
  ];
}

/** One connection storm (tools.ts, storm): every socket opened in the same instant, one GET each. */
export interface StormRun {
  sockets: number;
  /** Answered with 2xx, answered otherwise, no answer within the bound, connection refused or reset. */
  ok: number;
  other: number;
  timeouts: number;
  errors: number;
  /** Time from the storm's start to the end of an answer: median and slowest, in ms. */
  p50: number;
  max: number;
}

export function stormGoals(rounds: readonly (readonly StormRun[])[]): Goal[] {
  const storms = rounds.flat();
  const sum = (pick: (run: StormRun) => number) => storms.reduce((total, run) => total + pick(run), 0);
  const sockets = sum((run) => run.sockets);
  return [
    {
      description: `${de(storms[0]?.sockets ?? 0)} Verbindungen im selben Augenblick auf den warmen Server, ${rounds.length} Runden à ${de(rounds[0]?.length ?? 0)} Stürme: jede Anfrage beantwortet, kein Timeout`,
      met: storms.length > 0 && sum((run) => run.ok) === sockets,
      measured: `${de(sum((run) => run.ok))} von ${de(sockets)} mit 2xx, ${de(sum((run) => run.timeouts))} Timeouts, ${de(sum((run) => run.errors))} Verbindungsfehler, ${de(sum((run) => run.other))} andere Antworten`,
    },
  ];
}

export function stormTable(rounds: readonly (readonly StormRun[])[]): string {
  const rows = rounds.flatMap((round, roundIndex) =>
    round.map((run, index) => [
      `${roundIndex + 1}.${index + 1}`,
      de(run.sockets),
      de(run.ok),
      de(run.timeouts),
      de(run.errors),
      de(run.other),
      `${de(run.p50)} ms`,
      `${de(run.max)} ms`,
    ]),
  );
  return [
    table(['Runde.Sturm', 'Verbindungen', '2xx', 'Timeouts', 'Fehler', 'andere', 'p50', 'langsamste'], rows),
    '',
    ...verdicts(stormGoals(rounds)),
  ].join('\n');
}

export function loadTable(load: LoadResult): string {
  const row = (label: string, traffic: Traffic) => [
    label,
    de(traffic.requests),
    de(perSecond(traffic)),
    `${de(traffic.p50)} ms`,
    `${de(traffic.p99)} ms`,
    `${de(traffic.errors)} (${de(traffic.timeouts)})`,
    de(traffic.non2xx),
  ];
  return [
    table(
      ['Phase', 'Anfragen', 'Anfragen/s', 'p50', 'p99', 'Fehler (Timeouts)', 'Nicht-2xx'],
      [
        row(`die ersten ${de(load.opening.seconds)} s`, load.opening),
        row(`ganzer Lauf (${de(load.whole.seconds)} s)`, load.whole),
      ],
    ),
    '',
    table(
      ['Anfragen', 'RSS unter Last', 'RSS nach GC', 'JS-Heap nach GC'],
      load.memory.map((point) => [
        de(point.requests),
        mib(point.rss),
        mib(point.afterGc.rss),
        mib(point.afterGc.heapUsed),
      ]),
    ),
    '',
    ...verdicts(loadGoals(load)),
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------
// nginx with the repository's deploy/nginx.conf

/**
 * deploy/nginx.conf's server block for one benchmark run: the first `listen` line pointed at
 * 127.0.0.1:`port` (further ones, e.g. IPv6, dropped), every `root` line at `root`, nothing else
 * changed. Throws when either is missing, so a reshaped file fails loudly.
 */
export function benchServerBlock(template: string, port: number, root: string): string {
  const listen = /^([ \t]*)listen[ \t]+[^;]*;[^\n]*$/gm;
  const rootLine = /^([ \t]*)root[ \t]+[^;]*;[^\n]*$/gm;
  if (!listen.test(template)) throw new Error('deploy/nginx.conf: keine Zeile „listen …;“ gefunden');
  if (!rootLine.test(template)) throw new Error('deploy/nginx.conf: keine Zeile „root …;“ gefunden');
  if (/[;\s"'{}]/.test(root))
    throw new Error(`Pfad für nginx ungeeignet (Leerzeichen, Anführungszeichen oder ;): ${root}`);
  let listens = 0;
  return template
    .replace(listen, (_line, indent: string) =>
      ++listens === 1 ? `${indent}listen 127.0.0.1:${port};` : `${indent}# (Benchmark: weitere listen-Zeile entfernt)`,
    )
    .replace(rootLine, (_line, indent: string) => `${indent}root ${root};`);
}

/** A whole nginx.conf for a foreground run as an ordinary user: pid, logs and temp files in `directory`, no access log. */
export function nginxConfig(serverBlock: string, directory: string): string {
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
    (kind) => `  ${kind}_temp_path ${directory}/${kind};`,
  );
  return [
    'daemon off;',
    'worker_processes auto;',
    `pid ${directory}/nginx.pid;`,
    `error_log ${directory}/error.log warn;`,
    'events { worker_connections 1024; }',
    'http {',
    '  include /etc/nginx/mime.types;',
    '  default_type application/octet-stream;',
    '  sendfile on;',
    '  tcp_nopush on;',
    '  access_log off;',
    ...temp,
    serverBlock,
    '}',
    '',
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------
// Lighthouse (runs, median and assertions by Lighthouse CI; this is only the table)

export interface LighthouseRun {
  path: string;
  /** LHCI's representative run of its page: the one nearest the median FCP and TTI. */
  representative: boolean;
  /** Category scores 0–1, null when Lighthouse could not score one. */
  scores: Record<string, number | null>;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** Lighthouse's estimate of the machine's speed during the run (higher is faster). */
  benchmarkIndex: number;
}

const categories = [
  ['performance', 'Performance'],
  ['accessibility', 'Barrierefreiheit'],
  ['best-practices', 'Best Practices'],
  ['seo', 'SEO'],
] as const;

/** One row per page from its representative run; performance also lists every run's score. */
export function lighthouseTable(
  pages: readonly { label: string; path: string }[],
  runs: readonly LighthouseRun[],
): string {
  const score = (run: LighthouseRun, id: string) => {
    const value = run.scores[id];
    return value === null || value === undefined ? '–' : String(Math.round(value * 100));
  };
  const rows = pages.map(({ label, path }) => {
    const ofPage = runs.filter((run) => run.path === path);
    const median = ofPage.find((run) => run.representative);
    if (!median) throw new Error(`Kein repräsentativer Lighthouse-Lauf für ${path}`);
    const all = ofPage.length > 1 ? ` (${ofPage.map((run) => score(run, 'performance')).join(', ')})` : '';
    return [
      `${label} \`${path}\``,
      ...categories.map(([id], index) => `${score(median, id)}${index === 0 ? all : ''}`),
      `${de(median.lcpMs / 1000, 1)} s`,
      `${de(median.tbtMs)} ms`,
      de(median.cls, 3),
    ];
  });
  const indexes = runs.map((run) => run.benchmarkIndex);
  return [
    table(['Seite', ...categories.map(([, label]) => label), 'LCP', 'TBT', 'CLS'], rows),
    '',
    `Benchmark-Index der Maschine (höher ist schneller) in den Läufen: ${de(Math.min(...indexes))} bis ${de(Math.max(...indexes))}.`,
  ].join('\n');
}
