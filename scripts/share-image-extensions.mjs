// A static export writes generated share images (app/**/opengraph-image.tsx) as files without an
// extension (vercel/next.js#82177). Static hosts then send them as application/octet-stream, which
// social networks reject as a link preview. This gives each a `.png` and points the exported pages at
// it; `next start` is unaffected, its server sends image/png itself.
import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const imageFileNames = new Set(['opengraph-image', 'twitter-image']);
const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
// `…/opengraph-image?1a2b3c` as Next writes it (with a content hash), or a URL a page set itself,
// ending at a quote (HTML attribute, or JSON in the RSC payload).
const shareImageUrl = /\/(opengraph-image|twitter-image)(?=[?"'\\])/g;

function* filesBelow(directory) {
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const file = path.join(directory, entry.name);
    if (entry.isDirectory()) yield* filesBelow(file);
    else yield file;
  }
}

/** Renames the share images below `outDir` to `*.png` and rewrites their URLs in HTML and RSC payloads. */
export function addShareImageExtensions(outDir) {
  const files = [...filesBelow(outDir)];
  const images = files.filter((file) => imageFileNames.has(path.basename(file)));
  for (const image of images) {
    if (!readFileSync(image).subarray(0, pngSignature.length).equals(pngSignature)) {
      throw new Error(`${image}: kein PNG – Vorschaubilder müssen contentType 'image/png' haben`);
    }
    renameSync(image, `${image}.png`);
  }
  for (const file of files.filter((name) => /\.(html|txt)$/.test(name))) {
    const text = readFileSync(file, 'utf8');
    const rewritten = text.replace(shareImageUrl, '/$1.png');
    if (rewritten !== text) writeFileSync(file, rewritten);
  }
  return images.length;
}
