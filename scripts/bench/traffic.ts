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
export async function sendTraffic({ url, paths, connections, seconds, amount }: TrafficOptions): Promise<TrafficSummary> {
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
