import type { BuildResult } from './build';
import type { LoaderResult } from './loader';
import type { TrafficSummary } from './traffic';
import type { PageWeight } from './weight';

// Pure formatting and goal checks for the benchmark's Markdown report (German, like the docs).

export interface MachineInfo {
  cpu: string;
  cores: number;
  memoryBytes: number;
  os: string;
  kernel: string;
  node: string;
  next: string;
  react: string;
  nginx: string | undefined;
  chromium: string | undefined;
  autocannon: string;
  /** ISO time of the run's start. */
  date: string;
  /** 1-minute load average at the start. */
  loadAverage: number;
}

export interface ServeRun {
  server: 'next start' | 'nginx';
  scenario: 'article' | 'mix';
  summary: TrafficSummary;
  /** Share of the machine other processes used during the run (0 = quiet). */
  foreignShare: number;
}

export interface ServeResult {
  count: number;
  article: string;
  mix: string[];
  runs: ServeRun[];
}

export interface LoadResult {
  count: number;
  /** Different addresses in the mix. */
  paths: number;
  connections: number;
  /** The first seconds of the run on their own (`opening.seconds`, 30). */
  opening: TrafficSummary;
  /** The whole run, one set of connections from start to end. */
  whole: TrafficSummary;
  /**
   * RSS of the next-server process, read under load after every 10,000 answered requests (the last
   * after all of them), and right after it, following a full GC, what the server retains.
   */
  memory: { requests: number; bytes: number; afterGc?: { rss: number; heapUsed: number } }[];
  /** Share of the machine other processes used during the whole run (0 = quiet). */
  foreignShare: number;
}

export interface BenchResults {
  machine: MachineInfo;
  quick: boolean;
  /** Wall time of the whole run, and the load average at its end. */
  durationMs: number;
  loadAverageAtEnd: number;
  loader?: LoaderResult[];
  builds?: BuildResult[];
  weight?: { count: number; pages: PageWeight[] };
  serve?: ServeResult;
}

export interface Goal {
  description: string;
  met: boolean;
  /** The measured value as the report shows it. */
  measured: string;
  /** The highest share of the machine other processes used during the measurements behind it. */
  foreignShare: number;
}

/** Above this share of the machine used by other processes, a verdict is marked as not reliable. */
export const noisyAbove = 0.15;

export function isNoisy(goal: Pick<Goal, 'foreignShare'>): boolean {
  return goal.foreignShare > noisyAbove;
}

// ---------------------------------------------------------------------------------------------
// Numbers in German notation

export function germanNumber(value: number, digits = 0): string {
  return new Intl.NumberFormat('de-DE', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

export const mebibytes = (bytes: number): string => `${germanNumber(bytes / 2 ** 20)} MiB`;
export const kibibytes = (bytes: number): string => `${germanNumber(bytes / 2 ** 10, 1)} KiB`;
export const seconds = (ms: number): string => `${germanNumber(ms / 1000, 1)} s`;
export const milliseconds = (ms: number, digits = 0): string => `${germanNumber(ms, digits)} ms`;
export const times = (ratio: number): string => `${germanNumber(ratio, 2)}×`;
export const percent = (fraction: number): string => `${germanNumber(fraction * 100, 1)} %`;

export function minutesAndSeconds(ms: number): string {
  const total = Math.round(ms / 1000);
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')} min`;
}

function table(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  rightAligned: readonly boolean[],
): string {
  const separator = rightAligned.map((right) => (right ? '---:' : '---'));
  return [header, separator, ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

const verdict = (goal: Goal) =>
  `${goal.met ? '✅ erreicht' : '❌ verfehlt'}: ${goal.description} – gemessen ${goal.measured}` +
  (isNoisy(goal)
    ? ` (nicht belastbar: andere Prozesse belegten bis zu ${percent(goal.foreignShare)} der Maschine)`
    : '');

// ---------------------------------------------------------------------------------------------
// Goals from the issues

/** The goals of issue 7 and 8 in one place. */
export const goalLimits = {
  /** Our build at N = 1,000 takes at most this multiple of the floor's time. */
  buildRatio: { count: 1000, max: 1.2 },
  /** Linear growth: N = 4,000 at most this multiple of N = 1,000. */
  buildGrowth: { from: 1000, to: 4000, max: 4.4 },
  /** next start serves at least this share of nginx's requests per second. */
  servingShare: { min: 0.25 },
  /** Memory after 100,000 requests at most this much above memory after 10,000. */
  memoryGrowth: { max: 0.1 },
} as const;

export function buildRatio(result: BuildResult): number {
  return result.ours.wallMs / result.floor.wallMs;
}

export function buildGoals(builds: readonly BuildResult[]): Goal[] {
  const goals: Goal[] = [];
  const at = (count: number) => builds.find((result) => result.count === count);
  const reference = at(goalLimits.buildRatio.count);
  if (reference) {
    const ratio = buildRatio(reference);
    goals.push({
      description: `Build bei N = ${germanNumber(reference.count)} höchstens ${times(goalLimits.buildRatio.max)} der Floor-App`,
      met: reference.ours.wallMs <= reference.floor.wallMs * goalLimits.buildRatio.max,
      measured: times(ratio),
      foreignShare: Math.max(reference.ours.foreignShare, reference.floor.foreignShare),
    });
  }
  const [from, to] = [at(goalLimits.buildGrowth.from), at(goalLimits.buildGrowth.to)];
  if (from && to) {
    const growth = to.ours.wallMs / from.ours.wallMs;
    goals.push({
      description: `lineares Wachstum: N = ${germanNumber(to.count)} höchstens ${times(goalLimits.buildGrowth.max)} von N = ${germanNumber(from.count)}`,
      met: to.ours.wallMs <= from.ours.wallMs * goalLimits.buildGrowth.max,
      measured: times(growth),
      foreignShare: Math.max(from.ours.foreignShare, to.ours.foreignShare),
    });
  }
  return goals;
}

/** next start's requests per second as a share of nginx's, per scenario and connection count. */
export function servingShares(
  serve: ServeResult,
): { scenario: ServeRun['scenario']; connections: number; share: number; foreignShare: number }[] {
  const shares: { scenario: ServeRun['scenario']; connections: number; share: number; foreignShare: number }[] = [];
  for (const run of serve.runs.filter((candidate) => candidate.server === 'next start')) {
    const nginx = serve.runs.find(
      (candidate) =>
        candidate.server === 'nginx' &&
        candidate.scenario === run.scenario &&
        candidate.summary.connections === run.summary.connections,
    );
    if (nginx && nginx.summary.requestsPerSecond > 0) {
      shares.push({
        scenario: run.scenario,
        connections: run.summary.connections,
        share: run.summary.requestsPerSecond / nginx.summary.requestsPerSecond,
        foreignShare: Math.max(run.foreignShare, nginx.foreignShare),
      });
    }
  }
  return shares;
}

export function servingGoals(serve: ServeResult): Goal[] {
  return servingShares(serve)
    .filter(({ scenario }) => scenario === 'article')
    .map(({ connections, share, foreignShare }) => ({
      description: `next start mit ${connections} Verbindungen mindestens ${percent(goalLimits.servingShare.min)} der Anfragen/s von nginx (dieselbe Artikelseite)`,
      met: share >= goalLimits.servingShare.min,
      measured: percent(share),
      foreignShare,
    }));
}

/** Memory after the first step and after the last one. */
export function memoryEnds(load: LoadResult): {
  first: { requests: number; bytes: number };
  last: { requests: number; bytes: number };
} {
  const first = load.memory[0];
  const last = load.memory.at(-1);
  if (!first || !last) throw new Error('Keine Speichermessung im Lastlauf');
  return { first, last };
}

export function loadGoals(load: LoadResult): Goal[] {
  const { first, last } = memoryEnds(load);
  const growth = last.bytes / first.bytes - 1;
  const goals: Omit<Goal, 'foreignShare'>[] = [
    {
      description: `${load.connections} Verbindungen für ${germanNumber(load.opening.seconds)} s ohne Fehler`,
      met: load.opening.errors === 0,
      measured: `${germanNumber(load.opening.errors)} Fehler (davon ${germanNumber(load.opening.timeouts)} Timeouts)`,
    },
    {
      description: 'dabei keine Antwort außer 2xx',
      met: load.opening.non2xx === 0,
      measured: `${germanNumber(load.opening.non2xx)} Nicht-2xx`,
    },
    {
      description: `alle ${germanNumber(load.whole.requests)} Anfragen des Laufs ohne Fehler und Nicht-2xx`,
      met: load.whole.errors === 0 && load.whole.non2xx === 0,
      measured: `${germanNumber(load.whole.errors)} Fehler (davon ${germanNumber(load.whole.timeouts)} Timeouts), ${germanNumber(load.whole.non2xx)} Nicht-2xx`,
    },
    {
      description: `Speicher nach ${germanNumber(last.requests)} Anfragen höchstens ${percent(goalLimits.memoryGrowth.max)} über dem nach ${germanNumber(first.requests)}`,
      met: last.bytes <= first.bytes * (1 + goalLimits.memoryGrowth.max),
      measured: `${mebibytes(first.bytes)} → ${mebibytes(last.bytes)} (${growth >= 0 ? '+' : ''}${percent(growth)})`,
    },
  ];
  return goals.map((goal) => ({ ...goal, foreignShare: load.foreignShare }));
}

// ---------------------------------------------------------------------------------------------
// Sections of docs/BENCHMARKS.md

export function machineSection(results: BenchResults): string {
  const { machine } = results;
  const versions = [
    `Node.js ${machine.node}`,
    `Next.js ${machine.next}`,
    `React ${machine.react}`,
    machine.nginx ? `nginx ${machine.nginx}` : undefined,
    machine.chromium ? `Chromium ${machine.chromium}` : undefined,
    `autocannon ${machine.autocannon}`,
  ].filter(Boolean);
  return [
    `- Prozessor: ${machine.cpu}, ${machine.cores} Kerne`,
    `- Arbeitsspeicher: ${germanNumber(machine.memoryBytes / 2 ** 30, 1)} GiB`,
    `- System: ${machine.os}, Linux-Kernel ${machine.kernel}`,
    `- Software: ${versions.join(', ')}`,
    `- Gemessen am ${machine.date.slice(0, 10)} mit \`npm run bench${results.quick ? ' -- --quick' : ''}\`; der ganze Lauf dauerte ${minutesAndSeconds(results.durationMs)}.`,
    `- Systemlast (load average, 1 min) zu Beginn ${germanNumber(machine.loadAverage, 2)}, am Ende ${germanNumber(results.loadAverageAtEnd, 2)}. ` +
      `Bei ${machine.cores} Kernen heißt ein Wert über ${machine.cores}, dass andere Prozesse mitliefen: Dann sind alle Zeiten verrauscht und eher zu hoch.`,
  ].join('\n');
}

export function loaderSection(loader: readonly LoaderResult[]): string {
  const rows = loader.map((result) => [
    germanNumber(result.count),
    milliseconds(result.ms),
    milliseconds(result.ms / result.count, 2),
    mebibytes(result.peakRss),
    mebibytes(result.baselineRss),
  ]);
  return [
    'Was `readContent()` (lib/content/load.ts) kostet: alle Artikel lesen, Kopfbereich parsen und mit zod prüfen, Markdown zu HTML rendern und die Prüfungen über alle Artikel (Links, Bilder, Aliase). ' +
      'Jede Größe läuft in einem eigenen, frischen Node-Prozess; gemessen wird nur der Aufruf selbst, nicht das Laden der Module. ' +
      'Spitzen-RSS ist der Höchststand des Prozesses (VmHWM), „vor dem Laden“ der Stand mit Node, tsx und allen Modulen, bevor der erste Artikel gelesen wird.',
    '',
    table(['Artikel', 'Zeit', 'je Artikel', 'Spitzen-RSS', 'davon vor dem Laden'], rows, [
      true,
      true,
      true,
      true,
      true,
    ]),
  ].join('\n');
}

export function buildSection(builds: readonly BuildResult[]): string {
  const sorted = builds.toSorted((a, b) => a.count - b.count);
  const rows = sorted.map((result) => [
    germanNumber(result.count),
    seconds(result.ours.wallMs),
    seconds(result.floor.wallMs),
    times(buildRatio(result)),
    `${seconds(result.ours.cpuMs)} / ${seconds(result.floor.cpuMs)} (${times(result.ours.cpuMs / result.floor.cpuMs)})`,
    `${mebibytes(result.ours.peakTreeRss)} / ${mebibytes(result.floor.peakTreeRss)}`,
    `${mebibytes(result.ours.peakProcessRss)} / ${mebibytes(result.floor.peakProcessRss)}`,
    `${germanNumber(result.ours.routes)} / ${germanNumber(result.floor.routes)}`,
    `${percent(result.ours.foreignShare)} / ${percent(result.floor.foreignShare)}`,
  ]);
  const goals = buildGoals(builds);
  return [
    'Kalter `next build` (ohne Cache eines früheren Builds) unserer Website und der Floor-App (bench/floor-app) aus denselben erzeugten Artikeln, nacheinander im selben Lauf. ' +
      'Die Floor-App ist eine nackte Next-App mit denselben HTML-Seiten (Startseite mit Seiten, Artikel, Themen, Ressorts, Archiv) und denselben next/react-Versionen, ' +
      'aber ohne unsere Logik: Sie liest fertiges HTML aus einer JSON-Datei – kein zod, kein Markdown, keine Prüfungen, keine Feeds, Sitemaps, Suchindex oder Vorschaubilder. ' +
      'Das Verhältnis zeigt also, was unser Code samt dieser Zusatzdateien kostet.',
    '',
    'Zeit ist die Wanduhrzeit des ganzen Befehls; das Ziel gilt für sie. CPU-Zeit ist Nutzer- plus Systemzeit aller Prozesse des Builds (aus /proc): ' +
      'Sie hängt weniger davon ab, was sonst auf der Maschine läuft, und zeigt das Verhältnis auch dann, wenn die Wanduhrzeit verrauscht ist. Spitzen-RSS „Summe“ ist der höchste gemessene Wert der Summe über alle Prozesse des Builds (Next startet Worker; alle 200 ms aus /proc gelesen, ' +
      'gemeinsam genutzte Seiten zählen je Prozess, die Summe ist also eine obere Schranke); „größter Prozess“ der höchste Einzelwert. Routen sind die vorgerenderten Einträge im prerender-manifest. ' +
      `Fremdlast ist der Anteil der Maschine (Wanduhrzeit × Kerne), den andere Prozesse während des Builds belegten (aus /proc/stat); über ${percent(noisyAbove)} ist ein Ergebnis nicht belastbar.`,
    '',
    table(
      [
        'Artikel',
        'unsere Website',
        'Floor-App',
        'Verhältnis',
        'CPU-Zeit (unsere / Floor)',
        'Spitzen-RSS Summe (unsere / Floor)',
        'größter Prozess (unsere / Floor)',
        'Routen (unsere / Floor)',
        'Fremdlast (unsere / Floor)',
      ],
      rows,
      [true, true, true, true, true, true, true, true, true],
    ),
    '',
    ...(goals.length > 0
      ? goals.map((goal) => `- ${verdict(goal)}`)
      : ['- Ziele nur im vollen Lauf geprüft (N = 1.000 und 4.000).']),
    '',
    'Wohin die Zeit geht, nach Nexts eigener Trace-Datei (`<distDir>/trace`): Kompilieren (Turbopack), TypeScript-Prüfung, ' +
      '„Collecting page data“ (lädt jede Route und ruft generateStaticParams auf) und „Generating static pages“ (rendert jede Seite, jeden Feed, jedes Bild). ' +
      'Der Rest bis zur Wanduhrzeit sind Start, Aufräumen und das Schreiben des Turbopack-Caches.',
    '',
    table(
      ['Artikel', 'Kompilieren', 'TypeScript', 'Seitendaten sammeln', 'Seiten erzeugen'],
      sorted.map((result) => [
        germanNumber(result.count),
        ...phaseNames.map((phase) => `${seconds(result.ours.phases[phase])} / ${seconds(result.floor.phases[phase])}`),
      ]),
      [true, true, true, true, true],
    ),
    '',
    '(jeweils unsere Website / Floor-App)',
  ].join('\n');
}

const phaseNames = ['compile', 'typescript', 'collect', 'generate'] as const;

export function weightSection(weight: { count: number; pages: readonly PageWeight[] }): string {
  const rows = weight.pages.map((page) => [
    page.route,
    `\`${page.path.length > 48 ? `${page.path.slice(0, 45)}…` : page.path}\``,
    kibibytes(page.bytes.html),
    kibibytes(page.bytes.css),
    `${kibibytes(page.bytes.js)} (${page.requests.js})`,
    kibibytes(page.bytes.font),
    kibibytes(page.bytes.image),
    kibibytes(page.bytes.prefetch),
  ]);
  return [
    `Jede Seite einmal in Chromium geöffnet (frischer Kontext, leerer Cache, Fenster 1280 × 720) aus \`next start\` der Website mit ${germanNumber(weight.count)} erzeugten Artikeln; gezählt wird alles, was der Browser bis zur Netzwerkruhe lädt. ` +
      'HTML, CSS und JS in gzip-Bytes (zlib Stufe 6, wie Node komprimiert), Schriften und Bilder so, wie sie übertragen werden. ' +
      'JS ist genau das, was ein moderner Browser lädt und ausführt (nomodule-Polyfills lädt Chromium nicht); in Klammern die Zahl der Dateien. ' +
      '„Prefetch“ sind die RSC-Daten, die Next für sichtbare Links im Voraus holt – kein Code, aber Bytes.',
    '',
    table(['Seite', 'Pfad', 'HTML', 'CSS', 'JS (Dateien)', 'Schriften', 'Bilder', 'Prefetch'], rows, [
      false,
      false,
      true,
      true,
      true,
      true,
      true,
      true,
    ]),
  ].join('\n');
}

const scenarioNames: Record<ServeRun['scenario'], string> = { article: 'Artikelseite', mix: 'Mischung' };

export function servingSection(serve: ServeResult): string {
  const rows = serve.runs.map(({ server, scenario, summary, foreignShare: foreign }) => [
    scenarioNames[scenario],
    germanNumber(summary.connections),
    server,
    germanNumber(summary.requestsPerSecond),
    milliseconds(summary.p50),
    milliseconds(summary.p99),
    germanNumber(summary.errors),
    germanNumber(summary.non2xx),
    percent(foreign),
  ]);
  const shares = servingShares(serve).map(
    ({ scenario, connections, share }) =>
      `- ${scenarioNames[scenario]}, ${connections} Verbindungen: next start schafft ${percent(share)} der Anfragen/s von nginx`,
  );
  return [
    `Dieselbe Website (${germanNumber(serve.count)} erzeugte Artikel) einmal mit \`next start\` und einmal als statischer Export mit nginx, im selben Lauf nacheinander. ` +
      'nginx läuft mit deploy/nginx.conf aus dem Repository (nur `listen` und `root` ersetzt), `worker_processes auto`, ohne Access-Log. ' +
      'Last von autocannon auf derselben Maschine (es belegt selbst einen Kern); jede Anfrage verlangt gzip wie ein Browser. Vor jeder Messung läuft eine kurze Aufwärmphase.',
    '',
    `Artikelseite: immer \`${serve.article}\`. Mischung: ${serve.mix.map((path) => `\`${path.length > 40 ? `${path.slice(0, 37)}…` : path}\``).join(', ')} reihum.`,
    '',
    'Anfragen/s sind die beantworteten Anfragen durch die Laufzeit; p50 und p99 die Latenz, unter der die Hälfte bzw. 99 % der Anfragen blieben; Fehler sind Verbindungsfehler und Timeouts. ' +
      `Fremdlast ist der Anteil der Maschine, den andere Prozesse als Server und Lastgenerator währenddessen belegten; über ${percent(noisyAbove)} ist ein Vergleich nicht belastbar.`,
    '',
    table(['Seiten', 'Verbindungen', 'Server', 'Anfragen/s', 'p50', 'p99', 'Fehler', 'Nicht-2xx', 'Fremdlast'], rows, [
      false,
      true,
      false,
      true,
      true,
      true,
      true,
      true,
      true,
    ]),
    '',
    ...shares,
    ...servingGoals(serve).map((goal) => `- ${verdict(goal)}`),
  ].join('\n');
}

export function loadSection(
  load: LoadResult,
  machine: Pick<MachineInfo, 'cpu' | 'cores' | 'date' | 'loadAverage'>,
): string {
  const { first } = memoryEnds(load);
  const row = (label: string, traffic: TrafficSummary) => [
    label,
    germanNumber(traffic.requests),
    germanNumber(traffic.requestsPerSecond),
    milliseconds(traffic.p50),
    milliseconds(traffic.p99),
    `${germanNumber(traffic.errors)} (${germanNumber(traffic.timeouts)})`,
    germanNumber(traffic.non2xx),
  ];
  return [
    `\`npm run load\` startet \`next start\` mit ${germanNumber(load.count)} erzeugten Artikeln und schickt ${germanNumber(load.connections)} gleichzeitige Verbindungen auf eine Mischung aus ${germanNumber(load.paths)} Adressen ` +
      '(Startseite und Folgeseiten, Artikel, Themen, Ressorts, Archiv, /daten, Zeitleiste, Suche, Feeds, Sitemaps, robots.txt, Suchindex, ein Vorschaubild), jede Anfrage mit gzip wie ein Browser. ' +
      `Ein einziger Lauf von ${germanNumber(load.whole.requests)} Anfragen, dieselben Verbindungen vom Anfang bis zum Ende; die ersten ${germanNumber(load.opening.seconds)} s werden auch für sich ausgewertet. ` +
      `Nach je ${germanNumber(first.requests)} beantworteten Anfragen wird der Speicher gemessen, unter Last (RSS des next-server-Prozesses). ` +
      'Ein Skript, kein Test: Es misst und schreibt die Zahlen hierher; der Exit-Code ist 1, wenn ein Ziel verfehlt wird. Fehler sind Verbindungsfehler und Timeouts (keine Antwort binnen 10 s).',
    '',
    `Gemessen am ${machine.date.slice(0, 10)} auf ${machine.cpu} (${machine.cores} Kerne), Systemlast (load average, 1 min) zu Beginn ${germanNumber(machine.loadAverage, 2)}; ` +
      `andere Prozesse als Server und Lastgenerator belegten während des Laufs ${percent(load.foreignShare)} der Maschine (über ${percent(noisyAbove)}: nicht belastbar).`,
    '',
    table(
      ['Phase', 'Anfragen', 'Anfragen/s', 'p50', 'p99', 'Fehler (Timeouts)', 'Nicht-2xx'],
      [
        row(`die ersten ${germanNumber(load.opening.seconds)} s`, load.opening),
        row(`ganzer Lauf (${germanNumber(load.whole.seconds)} s)`, load.whole),
      ],
      [false, true, true, true, true, true, true],
    ),
    '',
    `Speicherverlauf (Anfragen → RSS): ${load.memory.map((point) => `${germanNumber(point.requests)} → ${mebibytes(point.bytes)}`).join(', ')}.`,
    ...(load.memory.every((point) => point.afterGc)
      ? [
          '',
          'Nach einer vollen Speicherbereinigung (GC) im Server, gleich nach jeder Messung – was er wirklich behält, ohne den Müll, der unter Last gerade auf dem Heap liegt ' +
            `(Anfragen → RSS / belegter JS-Heap): ${load.memory.map((point) => `${germanNumber(point.requests)} → ${mebibytes(point.afterGc!.rss)} / ${mebibytes(point.afterGc!.heapUsed)}`).join(', ')}.`,
        ]
      : []),
    '',
    ...loadGoals(load).map((goal) => `- ${verdict(goal)}`),
  ].join('\n');
}

/** The short summary for docs/security.md, section "Last". */
export function securityLoadSection(load: LoadResult): string {
  const goals = loadGoals(load);
  const { first, last } = memoryEnds(load);
  return [
    `\`npm run load\` beschießt \`next start\` (${germanNumber(load.count)} erzeugte Artikel) mit ${germanNumber(load.connections)} gleichzeitigen Verbindungen ` +
      `auf ${germanNumber(load.paths)} verschiedene Adressen: ein Lauf von ${germanNumber(load.whole.requests)} Anfragen in ${germanNumber(load.whole.seconds)} s. ` +
      `Ergebnis: ${germanNumber(load.whole.errors)} Fehler (davon ${germanNumber(load.whole.timeouts)} Timeouts), ${germanNumber(load.whole.non2xx)} Antworten außer 2xx; ` +
      `Speicher des Servers nach ${germanNumber(first.requests)} Anfragen ${mebibytes(first.bytes)}, nach ${germanNumber(last.requests)} ${mebibytes(last.bytes)}. ` +
      `${goals.every((goal) => goal.met) ? 'Alle Ziele erreicht' : 'Nicht alle Ziele erreicht'} – Einzelheiten in docs/BENCHMARKS.md, Abschnitt „Last und Speicher“.`,
  ].join('\n');
}

/** Every section the results fill, keyed by the heading in docs/BENCHMARKS.md. */
export function benchmarkSections(results: BenchResults): Map<string, string> {
  const sections = new Map<string, string>([['Maschine', machineSection(results)]]);
  if (results.loader) sections.set('Loader', loaderSection(results.loader));
  if (results.builds) sections.set('Build', buildSection(results.builds));
  if (results.weight) sections.set('Seitengewicht', weightSection(results.weight));
  if (results.serve) sections.set('Ausliefern: next start und nginx', servingSection(results.serve));
  return sections;
}

/** All goals the results can judge. */
export function benchmarkGoals(results: BenchResults): Goal[] {
  return [...(results.builds ? buildGoals(results.builds) : []), ...(results.serve ? servingGoals(results.serve) : [])];
}

export function markdownReport(sections: Map<string, string>): string {
  return [...sections].map(([heading, body]) => `## ${heading}\n\n${body}\n`).join('\n');
}
