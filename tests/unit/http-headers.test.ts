import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { nextHeaderRules } from '@/lib/http-headers/next-config';
import { answerForOddRequest } from '@/lib/http-headers/odd-requests';
import { cacheControl, contentSecurityPolicyDirectives, securityHeaders } from '@/lib/http-headers/policy';
import { generatedHeaderFiles, headersFile, nginxConfig } from '@/lib/http-headers/static-hosts';

const repositoryRoot = path.resolve(import.meta.dirname, '../..');

/** The directives of a policy string by name, e.g. { 'script-src': ["'self'", …] }. */
function directives(policy: string): Record<string, string[]> {
  return Object.fromEntries(
    policy.split(';').map((directive) => {
      const [name, ...sources] = directive.trim().split(/\s+/);
      return [name!, sources];
    }),
  );
}

/** The rules of a `_headers` file: each path with the header names it sets. */
function headersFileRules(text: string): { path: string; names: string[] }[] {
  const rules: { path: string; names: string[] }[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    if (line.startsWith('/')) rules.push({ path: line, names: [] });
    else rules.at(-1)!.names.push(line.trim().split(':')[0]!);
  }
  return rules;
}

describe('the generated header files', () => {
  it.each(Object.entries(generatedHeaderFiles()))(
    '%s is what lib/http-headers/ writes (after a change: npm run write:headers)',
    (file, text) => {
      expect(readFileSync(path.join(repositoryRoot, file), 'utf8')).toBe(text);
    },
  );
});

describe('the Content-Security-Policy', () => {
  const policy = directives(securityHeaders['Content-Security-Policy']);

  it('allows nothing by default and loads scripts, styles, images, fonts and data from the site itself only', () => {
    expect(policy['default-src']).toEqual(["'none'"]);
    for (const directive of ['style-src', 'img-src', 'font-src', 'connect-src'])
      expect(policy[directive], directive).toEqual(["'self'"]);
    expect(policy['script-src']).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it('allows inline script elements (Next.js bootstraps with them) but no inline event handlers and no eval', () => {
    expect(policy['script-src-attr']).toEqual(["'none'"]);
    expect(securityHeaders['Content-Security-Policy']).not.toContain('unsafe-eval');
  });

  it('forbids framing the site, changing its base URL and sending forms elsewhere', () => {
    expect(policy['frame-ancestors']).toEqual(["'none'"]);
    expect(policy['base-uri']).toEqual(["'none'"]);
    expect(policy['form-action']).toEqual(["'self'"]);
  });

  it('names no other origin or scheme, and leaves upgrade-insecure-requests to TLS deployments', () => {
    const sources = Object.values(policy).flat();
    expect(sources.filter((source) => !source.startsWith("'"))).toEqual([]);
    expect(policy).not.toHaveProperty('upgrade-insecure-requests');
  });
});

describe('the other security headers', () => {
  it('forbid MIME sniffing and framing, trim the referrer to the origin elsewhere and isolate the window', () => {
    expect(securityHeaders['X-Content-Type-Options']).toBe('nosniff');
    expect(securityHeaders['X-Frame-Options']).toBe('DENY');
    expect(securityHeaders['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
    expect(securityHeaders['Cross-Origin-Opener-Policy']).toBe('same-origin');
  });

  it('switch off camera, microphone, location and the other powerful features for the page and anything in it', () => {
    const features = securityHeaders['Permissions-Policy'].split(', ');
    expect(features).toEqual(
      expect.arrayContaining([
        'camera=()',
        'microphone=()',
        'geolocation=()',
        'payment=()',
        'usb=()',
        'browsing-topics=()',
      ]),
    );
    expect(features.every((feature) => feature.endsWith('=()'))).toBe(true);
  });
});

describe('the cache rules', () => {
  it('keep hashed assets for a year and revalidate everything else on every use', () => {
    expect(cacheControl.immutable).toBe('public, max-age=31536000, immutable');
    expect(cacheControl.revalidate).toBe('public, max-age=0, must-revalidate');
  });
});

describe('the headers of next start', () => {
  it('send the security headers on every path and Cache-Control everywhere but under /_next/static', () => {
    const [everyPath, cacheRule] = nextHeaderRules();
    expect(everyPath!.source).toBe('/:path*');
    expect(Object.fromEntries(everyPath!.headers.map(({ key, value }) => [key, value]))).toEqual(securityHeaders);
    expect(cacheRule!.source).toBe('/:path((?!_next/static/).*)');
    expect(cacheRule!.headers).toEqual([{ key: 'Cache-Control', value: cacheControl.revalidate }]);
  });

  it('let next dev run its eval-based debugging and its inline-styled overlay, and nothing more', () => {
    const development = directives(
      nextHeaderRules({ development: true })[0]!.headers.find(({ key }) => key === 'Content-Security-Policy')!.value,
    );
    expect(development['script-src']).toEqual(["'self'", "'unsafe-inline'", "'unsafe-eval'"]);
    expect(development['style-src']).toEqual(["'self'", "'unsafe-inline'"]);
    expect(Object.keys(development)).toEqual(
      contentSecurityPolicyDirectives.map((directive) => directive.split(' ')[0]),
    );
  });
});

describe('the _headers file for static hosts', () => {
  const rules = headersFileRules(headersFile());

  it('sends the security headers for every path', () => {
    expect(rules[0]).toEqual({ path: '/*', names: Object.keys(securityHeaders) });
  });

  it('never names a header twice for one path, since hosts join the values of all matching rules', () => {
    const matches = (rulePath: string, pathname: string) =>
      new RegExp(
        `^${rulePath
          .replace(/\./g, '\\.')
          .replace(/\*/g, '.*')
          .replace(/:[a-z]+/g, '[^/]+')}$`,
      ).test(pathname);
    // One path each rule is written for, placeholders and wildcards filled in.
    const samplePaths = rules.map((rule) => rule.path.replace(/\*/g, 'chunks/x.js').replace(/:[a-z]+/g, 'su7'));
    for (const pathname of samplePaths) {
      const names = rules.filter((rule) => matches(rule.path, pathname)).flatMap((rule) => rule.names);
      expect(names.length, pathname).toBe(new Set(names).size);
    }
    expect(rules.filter((rule) => rule.names.includes('Cache-Control')).map((rule) => rule.path)).toEqual([
      '/_next/static/*',
    ]);
  });

  it('gives every feed, the topic feeds included, and the gzip files of the search index their media type', () => {
    const contentTypes = rules.filter((rule) => rule.names.includes('Content-Type')).map((rule) => rule.path);
    expect(contentTypes).toEqual(['/feed.xml', '/themen/:tag/feed.xml', '/atom.xml', '/feed.json', '/suchindex/:file']);
  });
});

describe('the nginx example', () => {
  const config = nginxConfig();

  it('keeps `listen` and `root` on single simple lines (the benchmark replaces exactly those)', () => {
    expect(config.match(/^ {4}listen .*$/gm)).toEqual(['    listen 80;']);
    expect(config.match(/^ {4}root .*$/gm)).toEqual(['    root /srv/xiaomi-im-blick/out;']);
  });

  it('sets every header once, on the server and for every status, and in no location (nginx would drop the others there)', () => {
    const locations = [...config.matchAll(/^ {4}location [^{]+\{([^}]*)\}/gm)].map((match) => match[1]!);
    expect(locations.length).toBeGreaterThan(4);
    for (const body of locations) expect(body).not.toContain('add_header');
    for (const [name, value] of Object.entries(securityHeaders))
      expect(config).toContain(`    add_header ${name} "${value}" always;\n`);
    expect(config).toContain('    add_header Cache-Control $static_export_cache_control always;\n');
  });

  it('revalidates everything but the hashed assets', () => {
    expect(config).toContain(`    ~^/_next/static/ "${cacheControl.immutable}";`);
    expect(config).toContain(`    default "${cacheControl.revalidate}";`);
  });

  it('serves the topic feeds as RSS by a regular expression for the topic segment', () => {
    expect(config).toContain(
      '    location ~ ^/themen/[^/]+/feed\\.xml$ {\n        types { }\n        default_type "application/rss+xml; charset=utf-8";',
    );
  });

  it('serves the search index files as application/gzip, a type it does not compress a second time', () => {
    expect(config).toContain(
      '    location ~ ^/suchindex/[^/]+$ {\n        types { }\n        default_type "application/gzip";',
    );
    expect(config.match(/gzip_types[^;]*;/)?.[0]).not.toContain('application/gzip');
  });
});

describe('odd requests to next start', () => {
  it('pass GET and HEAD with a well-formed path on, percent-escaped umlauts included', () => {
    for (const method of ['GET', 'HEAD'])
      expect(answerForOddRequest(method, '/themen/k%C3%BCnstliche-intelligenz')).toBeUndefined();
  });

  it('answer any other method with 405 and the allowed methods', () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE']) {
      expect(answerForOddRequest(method, '/')).toMatchObject({ status: 405, headers: { Allow: 'GET, HEAD' } });
    }
  });

  it('answer a path whose percent-escapes do not decode with 400', () => {
    for (const pathname of ['/%ff', '/artikel/%zz', '/%', '/_next/static/%c0%ae%c0%ae/x.js'])
      expect(answerForOddRequest('GET', pathname)?.status, pathname).toBe(400);
  });
});
