import { readFile } from 'node:fs/promises';
import path from 'node:path';

let loaded: Promise<string> | undefined;

/**
 * The site's mark (app/icon.svg, the favicon) as a data URI for `<img>` in share images, so the
 * favicon, the logo and the share cards are drawn from one file.
 */
export function brandMarkDataUri(): Promise<string> {
  loaded ??= readFile(/*turbopackIgnore: true*/ path.join(process.cwd(), 'app', 'icon.svg')).then(
    (svg) => `data:image/svg+xml;base64,${svg.toString('base64')}`,
  );
  return loaded;
}
