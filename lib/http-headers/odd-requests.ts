import { allowedMethods } from './policy';

/** A short plain-text answer that replaces the normal response. */
export interface OddRequestAnswer {
  status: 400 | 405;
  headers: Record<string, string>;
  body: string;
}

function isWellFormedPath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/**
 * How the server answers a request a static site cannot serve: 405 for any method but GET and
 * HEAD (there are no forms or APIs that take data), 400 for a path whose percent-escapes do not
 * decode. Undefined for every other request, which goes on to the page or file.
 */
export function answerForOddRequest(method: string, pathname: string): OddRequestAnswer | undefined {
  if (!(allowedMethods as readonly string[]).includes(method)) {
    return {
      status: 405,
      headers: { Allow: allowedMethods.join(', '), 'Content-Type': 'text/plain; charset=utf-8' },
      body: 'Diese Website beantwortet nur GET- und HEAD-Anfragen.\n',
    };
  }
  if (!isWellFormedPath(pathname)) {
    return {
      status: 400,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
      body: 'Diese Adresse ist ungültig kodiert.\n',
    };
  }
  return undefined;
}
