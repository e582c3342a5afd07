import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { benchMainConfig, benchServerBlock, nginxVersion } from '@/scripts/bench/nginx-config';

const deployConfig = readFileSync(path.resolve(import.meta.dirname, '../../deploy/nginx.conf'), 'utf8');

describe('benchServerBlock', () => {
  it('points the repository’s deploy/nginx.conf at the benchmark port and export, changing nothing else', () => {
    const block = benchServerBlock(deployConfig, { port: 8401, root: '/tmp/bench/out' });
    expect(block).toMatch(/^\s*listen 127\.0\.0\.1:8401;$/m);
    expect(block).toMatch(/^\s*root \/tmp\/bench\/out;$/m);
    expect(block).not.toMatch(/^\s*listen 80;/m);
    const untouched = (text: string) => text.split('\n').filter((line) => !/^\s*(listen|root)\s/.test(line));
    expect(untouched(block)).toEqual(untouched(deployConfig));
  });

  it('keeps one listen line when the template also listens on IPv6', () => {
    const template = 'server {\n    listen 80;\n    listen [::]:80;\n    root /srv/site;\n}\n';
    const block = benchServerBlock(template, { port: 3401, root: '/srv/out' });
    expect(block.match(/^\s*listen /gm)).toHaveLength(1);
    expect(block).toContain('listen 127.0.0.1:3401;');
  });

  it('replaces root in locations too, and leaves comments that mention listen or root alone', () => {
    const template =
      '# listen here, root there\nserver {\n  listen 443 ssl http2; # TLS\n  root /a;\n  location /x/ {\n    root /b;\n  }\n}\n';
    const block = benchServerBlock(template, { port: 3401, root: '/out' });
    expect(block.startsWith('# listen here, root there\n')).toBe(true);
    expect(block.match(/root \/out;/g)).toHaveLength(2);
    expect(block).not.toContain('ssl');
  });

  it('refuses a template without listen or root lines, and paths nginx would misread', () => {
    expect(() => benchServerBlock('server {\n  root /a;\n}\n', { port: 1, root: '/out' })).toThrow(/listen/);
    expect(() => benchServerBlock('server {\n  listen 80;\n}\n', { port: 1, root: '/out' })).toThrow(/root/);
    expect(() => benchServerBlock(deployConfig, { port: 1, root: '/my out' })).toThrow(/ungeeignet/);
  });
});

describe('benchMainConfig', () => {
  it('runs nginx in the foreground with pid, logs and temp files in the given directory', () => {
    const config = benchMainConfig({
      serverBlock: 'server {\n    listen 127.0.0.1:1;\n}',
      directory: '/tmp/n',
      mimeTypes: '/etc/nginx/mime.types',
    });
    expect(config).toMatch(/^daemon off;$/m);
    expect(config).toMatch(/^pid \/tmp\/n\/nginx\.pid;$/m);
    expect(config).toMatch(/^error_log \/tmp\/n\/error\.log warn;$/m);
    for (const kind of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'])
      expect(config).toContain(`${kind}_temp_path /tmp/n/${kind};`);
    expect(config).toContain('include /etc/nginx/mime.types;');
    expect(config).toMatch(/http \{[\s\S]*server \{\n {8}listen 127\.0\.0\.1:1;\n {4}\}\n\}\n$/);
  });
});

describe('nginxVersion', () => {
  it('reads the version from `nginx -v`', () => {
    expect(nginxVersion('nginx version: nginx/1.22.1\n')).toBe('1.22.1');
    expect(nginxVersion('command not found')).toBeUndefined();
  });
});
