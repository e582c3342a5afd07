/**
 * The benchmark serves the static export with the repository's own deploy/nginx.conf, read at run
 * time. Only its `listen` and `root` lines change; everything else (try_files, caching headers,
 * gzip, security headers) is measured exactly as it would be deployed.
 */

const listenDirective = /^([ \t]*)listen[ \t]+[^;]*;[^\n]*$/gm;
const rootDirective = /^([ \t]*)root[ \t]+[^;]*;[^\n]*$/gm;

/**
 * deploy/nginx.conf with the first `listen` line pointed at 127.0.0.1:`port` (further `listen`
 * lines, e.g. IPv6, are dropped) and every `root` line at `root`. Throws when either is missing,
 * so a reshaped file fails loudly instead of serving something else.
 */
export function benchServerBlock(template: string, { port, root }: { port: number; root: string }): string {
  if (!template.match(listenDirective)) throw new Error('deploy/nginx.conf: keine Zeile „listen …;“ gefunden');
  if (!template.match(rootDirective)) throw new Error('deploy/nginx.conf: keine Zeile „root …;“ gefunden');
  if (/[;\s"'{}]/.test(root))
    throw new Error(`Pfad für nginx ungeeignet (Leerzeichen, Anführungszeichen oder ;): ${root}`);
  let listens = 0;
  return template
    .replace(listenDirective, (_line, indent: string) => {
      listens += 1;
      return listens === 1
        ? `${indent}listen 127.0.0.1:${port};`
        : `${indent}# (Benchmark: weitere listen-Zeile entfernt)`;
    })
    .replace(rootDirective, (_line, indent: string) => `${indent}root ${root};`);
}

/**
 * A complete nginx.conf for one foreground run as an ordinary process: pid, logs and temp files
 * in `directory`, access log off (next start writes none either), Debian's defaults otherwise.
 */
export function benchMainConfig({
  serverBlock,
  directory,
  mimeTypes,
}: {
  serverBlock: string;
  directory: string;
  mimeTypes: string;
}): string {
  const indented = serverBlock
    .split('\n')
    .map((line) => (line.trim() === '' ? '' : `    ${line}`))
    .join('\n');
  return `# Written by scripts/bench/nginx.ts for one benchmark run.
daemon off;
worker_processes auto;
pid ${directory}/nginx.pid;
error_log ${directory}/error.log warn;

events {
    worker_connections 1024;
}

http {
    include ${mimeTypes};
    default_type application/octet-stream;
    sendfile on;
    tcp_nopush on;
    access_log off;
    client_body_temp_path ${directory}/client_body;
    proxy_temp_path ${directory}/proxy;
    fastcgi_temp_path ${directory}/fastcgi;
    uwsgi_temp_path ${directory}/uwsgi;
    scgi_temp_path ${directory}/scgi;

${indented}
}
`;
}

/** "nginx version: nginx/1.22.1" → "1.22.1". */
export function nginxVersion(versionOutput: string): string | undefined {
  return /nginx\/(\S+)/.exec(versionOutput)?.[1];
}
