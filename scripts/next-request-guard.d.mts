// Types of scripts/next-request-guard.mjs (plain JavaScript, so the server needs no TypeScript at run time).

export declare const maxTargetLength: number;
export declare const allowedMethods: string[];
export declare const routerRequestHeaders: string[];
export declare const routerVary: string;
export declare const routerCacheControl: string;
export declare const errorCacheControl: string;
export declare const checkedHeader: string;

export type GuardDecision =
  | { kind: 'answer'; status: number; headers: Record<string, string>; body: string }
  | { kind: 'not-found' }
  | { kind: 'next'; target: string; pathname: string };

/** The addresses of one build (knownPaths): exact paths, and patterns of routes rendered on demand. */
export interface KnownPaths {
  paths: Set<string>;
  patterns: RegExp[];
}

export declare function knownPaths(distDir: string, publicDir?: string): KnownPaths;

export declare function guardRequest(request: {
  method: string;
  target: string;
  rawHeaders: string[];
  httpVersion?: string;
  known?: KnownPaths;
}): GuardDecision;

export declare function isRouterRequest(
  headers: Record<string, string | string[] | undefined>,
  target: string,
): boolean;
