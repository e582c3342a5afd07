// `npx tsx scripts/generate-articles.ts --out <dir> [--count 35] [--seed 1] [--themen content/themen.yaml]
//   [--daten content/daten] [--newest 2025-11-28] [--months 24] [--busy-month 0]`
// Writes synthetic articles ("Testartikel <n>: …"), a themen.yaml, an autoren.yaml and a betreiber.yaml into a content directory for
// tests and benchmarks; build the site from it with CONTENT_DIR=<dir>. The command, with what the options
// do, is scripts/commands/generate-articles.ts.
import { generateArticlesCommand } from './commands/generate-articles';
import { finish } from './commands/result';

finish(generateArticlesCommand(process.argv.slice(2)));
