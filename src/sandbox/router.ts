/**
 * Method + path routing over patterns like `/payments/:id`, telling "no such path" (404) from "no such
 * method" (405).
 */
export interface Route<H> {
  method: string;
  pattern: string;
  handler: H;
}

export type RouteResolution<H> =
  | { kind: 'found'; handler: H; params: Record<string, string> }
  | { kind: 'method-not-allowed'; allowed: string[] }
  | { kind: 'not-found' };

/** Routes are tried in order, so a literal segment must come before a parameter in the same position. */
export function createRouter<H>(routes: ReadonlyArray<Route<H>>): (method: string, path: string) => RouteResolution<H> {
  const compiled = routes.map((route) => ({ ...route, segments: route.pattern.split('/') }));
  return (method, path) => {
    const segments = path.split('/');
    const allowed: string[] = [];
    for (const route of compiled) {
      const params = matchSegments(route.segments, segments);
      if (params === undefined) continue;
      if (route.method === method) return { kind: 'found', handler: route.handler, params };
      allowed.push(route.method);
    }
    return allowed.length > 0 ? { kind: 'method-not-allowed', allowed } : { kind: 'not-found' };
  };
}

function matchSegments(pattern: readonly string[], path: readonly string[]): Record<string, string> | undefined {
  if (pattern.length !== path.length) return undefined;
  const params: Record<string, string> = {};
  for (const [index, expected] of pattern.entries()) {
    const actual = path[index] ?? '';
    if (expected.startsWith(':')) {
      if (actual === '') return undefined;
      params[expected.slice(1)] = actual;
    } else if (expected !== actual) {
      return undefined;
    }
  }
  return params;
}
