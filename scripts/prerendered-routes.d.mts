// Types of scripts/prerendered-routes.mjs (plain JavaScript, so the server needs no TypeScript at run time).

/** One prerendered output of a route handler: its body file and the content type the handler answered with. */
export interface RouteFile {
  bodyFile: string;
  contentType: string;
}

export interface RouteFileAnswer {
  status: 200 | 304;
  headers: Record<string, string>;
  /** Undefined for 304 and HEAD. */
  body: Buffer | undefined;
}

export declare function prerenderedRouteFiles(distDir: string): Map<string, RouteFile>;

export declare function answerRouteFile(
  file: RouteFile,
  request: { method?: string; headers: Record<string, string | string[] | undefined> },
): Promise<RouteFileAnswer>;
