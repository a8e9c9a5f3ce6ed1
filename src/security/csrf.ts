import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/** The header a GET or form POST must carry; any value will do, browsers cannot add it cross-site unasked. */
export const CSRF_HEADER = 'x-graphql-yoga-csrf';

/**
 * Yoga's CSRF prevention (browsers send "simple" GETs and form POSTs without a CORS preflight, so those
 * must carry CSRF_HEADER), with a stable code on its refusal, which has none of its own.
 */
export function useCsrfPrevention(): Plugin {
  const { onRequestParse } = useCSRFPrevention({ requestHeaders: [CSRF_HEADER] });
  return {
    onRequestParse(payload) {
      try {
        return onRequestParse?.(payload);
      } catch (error) {
        if (!(error instanceof GraphQLError)) throw error;
        throw new GraphQLError(`Required CSRF header missing: send ${CSRF_HEADER} with GET and form requests.`, {
          extensions: { ...error.extensions, code: 'CSRF_HEADER_REQUIRED' },
        });
      }
    },
  };
}
