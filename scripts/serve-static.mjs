// Serves the static export (out/) the way a static host does: clean URLs, 404.html with status 404.
// Used by the end-to-end tests to check the export; `node scripts/serve-static.mjs [port] [folder]`.
import { createServer } from 'node:http';
import handler from 'serve-handler';

const port = Number(process.argv[2] ?? process.env.PORT ?? 3001);
const folder = process.argv[3] ?? 'out';
createServer((request, response) => handler(request, response, { public: folder, cleanUrls: true, trailingSlash: false })).listen(port, () => {
  console.log(`Statischer Export (${folder}) unter http://localhost:${port}`);
});
