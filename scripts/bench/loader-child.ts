// Child process of the loader benchmark (scripts/bench/loader.ts): reads one content directory
// with the site's loader and prints {articles, ms, baselineRss, peakRss} as JSON. With
// `--floor <file>` it then writes the floor app's data from the same content (after measuring).
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readContent } from '../../lib/content/load';
import { buildNow } from './config';
import { floorDataFrom } from './floor-data';
import { statusBytes } from './process-tree';

const { values, positionals } = parseArgs({ options: { floor: { type: 'string' } }, allowPositionals: true });
const directory = positionals[0];
if (!directory) throw new Error('usage: loader-child.ts <content directory> [--floor <file>]');

const peakResident = () => statusBytes(readFileSync('/proc/self/status', 'utf8'), 'VmHWM') ?? 0;

const baselineRss = peakResident();
const started = performance.now();
const content = readContent(directory);
const ms = performance.now() - started;
const peakRss = peakResident();

process.stdout.write(`${JSON.stringify({ articles: content.articles.length, ms, baselineRss, peakRss })}\n`);
if (values.floor) writeFileSync(values.floor, JSON.stringify(floorDataFrom(content, new Date(buildNow))));
