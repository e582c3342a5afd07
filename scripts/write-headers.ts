// `npm run write:headers`: writes the response headers of lib/http-headers/ for static hosts,
// public/_headers (copied into out/ by the export) and deploy/nginx.conf. Run it after changing
// lib/http-headers/policy.ts; tests/unit/http-headers.test.ts fails until the files match.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generatedHeaderFiles } from '../lib/http-headers/static-hosts';

for (const [file, text] of Object.entries(generatedHeaderFiles())) {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  console.log(`geschrieben: ${file}`);
}
