// Lighthouse CI for `npm run lighthouse` (scripts/bench/lighthouse.ts passes the pages and the port):
// mobile preset, three runs per page against `npm start`; the median run (LHCI's representative
// run) must score 100 in accessibility, best practices and SEO. Performance depends on the
// machine's load, so it only warns unless LIGHTHOUSE_STRICT=1.
const onehundred = (level) => [level, { minScore: 1, aggregationMethod: 'median-run' }];

module.exports = {
  ci: {
    collect: {
      numberOfRuns: Number(process.env.LIGHTHOUSE_RUNS ?? 3),
      startServerCommand: 'node scripts/start.mjs',
      // What scripts/serve-next.mjs prints once it listens (after a build, if start.mjs had to make one).
      startServerReadyPattern: 'Xiaomi im Blick unter http',
      // A cold `next build` first takes minutes on a busy two-core machine.
      startServerReadyTimeout: 15 * 60_000,
      chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
      settings: {
        // Headless without a GPU, and no calls home from a closed network.
        chromeFlags:
          '--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --disable-quic',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      },
    },
    assert: {
      assertions: {
        'categories:performance': onehundred(process.env.LIGHTHOUSE_STRICT === '1' ? 'error' : 'warn'),
        'categories:accessibility': onehundred('error'),
        'categories:best-practices': onehundred('error'),
        'categories:seo': onehundred('error'),
      },
    },
    upload: { target: 'filesystem', outputDir: '.lighthouseci/report' },
  },
};
