import autocannon from 'autocannon';

/** What one autocannon run gives the report. Latencies in milliseconds. */
export interface TrafficSummary {
  connections: number;
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  /** Connection errors, timeouts included. */
  errors: number;
  /** Of the errors: requests without an answer within the timeout (10 s). */
  timeouts: number;
  /** Answers outside 200–299. */
  non2xx: number;
}

/** The fields of autocannon's result the summary reads. */
export interface AutocannonResult {
  duration: number;
  connections: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  requests: { total: number };
  latency: { p50: number; p99: number };
}

export function summarise(result: AutocannonResult): TrafficSummary {
  return {
    connections: result.connections,
    seconds: result.duration,
    // Completed requests over the run's length (autocannon's own average skips partial seconds).
    requests: result.requests.total,
    requestsPerSecond: result.requests.total / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
  };
}

export interface TrafficOptions {
  url: string;
  /** Paths each connection requests in turn. */
  paths: readonly string[];
  connections: number;
  /** Either a duration in seconds or a number of requests. */
  seconds?: number;
  amount?: number;
}

/**
 * One autocannon run. Requests ask for gzip like a browser does, so both servers compress as they
 * would for real readers.
 */
export async function sendTraffic({
  url,
  paths,
  connections,
  seconds,
  amount,
}: TrafficOptions): Promise<TrafficSummary> {
  const result = await autocannon({
    url,
    connections,
    ...(amount === undefined ? { duration: seconds ?? 10 } : { amount }),
    timeout: 10,
    headers: { 'accept-encoding': 'gzip' },
    requests: paths.map((path) => ({ method: 'GET', path })),
  });
  return summarise(result);
}

/** The value below which the given share of the sorted values lies (nearest rank). */
function percentile(sorted: readonly number[], share: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)]!;
}

/**
 * Tallies the requests of the first `seconds` of a longer run from autocannon's events, so one
 * continuous run also gives the numbers of its opening stretch.
 */
export class TrafficWindow {
  private readonly latencies: number[] = [];
  private errors = 0;
  private timeouts = 0;
  private non2xx = 0;

  constructor(
    readonly seconds: number,
    private readonly connections: number,
  ) {}

  /** An answer `atMs` after the start. */
  response(atMs: number, status: number, latencyMs: number): void {
    if (atMs > this.seconds * 1000) return;
    this.latencies.push(latencyMs);
    if (status < 200 || status > 299) this.non2xx += 1;
  }

  /** A request without an answer (connection error or timeout) `atMs` after the start. */
  error(atMs: number, timedOut: boolean): void {
    if (atMs > this.seconds * 1000) return;
    this.errors += 1;
    if (timedOut) this.timeouts += 1;
  }

  summary(): TrafficSummary {
    const sorted = [...this.latencies].sort((a, b) => a - b);
    return {
      connections: this.connections,
      seconds: this.seconds,
      requests: sorted.length,
      requestsPerSecond: sorted.length / this.seconds,
      p50: percentile(sorted, 0.5),
      p99: percentile(sorted, 0.99),
      errors: this.errors,
      timeouts: this.timeouts,
      non2xx: this.non2xx,
    };
  }
}

export interface ContinuousTrafficOptions {
  url: string;
  paths: readonly string[];
  connections: number;
  /** Answered requests after which the run ends. */
  amount: number;
  /** The opening stretch summarised on its own. */
  windowSeconds: number;
  /** Called after every `progressEvery` answered requests (with their number). */
  progressEvery: number;
  onProgress(answered: number): void;
}

/**
 * One autocannon run whose connections stay open from the first request to the last. Separate
 * runs one after another would each open all connections in the same instant, a connection storm
 * rather than steady load (docs/BENCHMARKS.md, "Last und Speicher").
 */
export async function sendContinuousTraffic(
  options: ContinuousTrafficOptions,
): Promise<{ whole: TrafficSummary; opening: TrafficSummary }> {
  const opening = new TrafficWindow(options.windowSeconds, options.connections);
  let answered = 0;
  const started = performance.now();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    // The callback form returns the instance, whose events give each request as it ends.
    const instance = autocannon(
      {
        url: options.url,
        connections: options.connections,
        amount: options.amount,
        timeout: 10,
        headers: { 'accept-encoding': 'gzip' },
        requests: options.paths.map((path) => ({ method: 'GET', path })),
      },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    );
    instance.on('response', (_client: unknown, status: number, _bytes: number, latencyMs: number) => {
      opening.response(performance.now() - started, status, latencyMs);
      answered += 1;
      if (answered % options.progressEvery === 0) options.onProgress(answered);
    });
    instance.on('reqError', (error: Error) =>
      opening.error(performance.now() - started, /timed out/.test(error.message)),
    );
  });
  return { whole: summarise(result), opening: opening.summary() };
}
