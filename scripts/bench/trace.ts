/** The phases of `next build` that its own trace file (`<distDir>/trace`) times, in milliseconds. */
export interface BuildPhases {
  /** Turbopack compiles and bundles. */
  compile: number;
  /** The TypeScript check. */
  typescript: number;
  /** "Collecting page data": loads every route module and runs generateStaticParams. */
  collect: number;
  /** "Generating static pages": renders every page, feed and image. */
  generate: number;
}

const phaseSpans: Record<keyof BuildPhases, string> = {
  compile: 'run-turbopack',
  typescript: 'run-typescript',
  collect: 'static-check',
  generate: 'static-generation',
};

/**
 * The phases from a trace: one JSON array of spans per line, durations in microseconds. Spans
 * missing from the trace (a build that stopped early) count as 0.
 */
export function buildPhases(trace: string): BuildPhases {
  const durations = new Map<string, number>();
  for (const line of trace.split('\n')) {
    if (line.trim() === '') continue;
    for (const span of JSON.parse(line) as { name: string; duration: number }[]) {
      durations.set(span.name, (durations.get(span.name) ?? 0) + span.duration);
    }
  }
  const phase = (name: string) => (durations.get(name) ?? 0) / 1000;
  return {
    compile: phase(phaseSpans.compile),
    typescript: phase(phaseSpans.typescript),
    collect: phase(phaseSpans.collect),
    generate: phase(phaseSpans.generate),
  };
}
