/** Import rules `npm test` enforces (docs/decisions/0700-dependency-rules.md). */
module.exports = {
  forbidden: [
    { name: 'no-cycles', severity: 'error', from: {}, to: { circular: true } },
    {
      name: 'sandbox-stands-alone',
      comment: 'The sandbox emulates the upstream from the contract: it imports nothing of the gateway.',
      severity: 'error',
      from: { path: '^src/sandbox/' },
      to: { path: '^src/', pathNot: '^src/sandbox/' },
    },
    {
      name: 'gateway-loads-sandbox-only-on-demand',
      comment: 'Only main.ts reaches the sandbox, through one dynamic import in sandbox mode.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/(sandbox/|main\\.ts$)' },
      to: { path: '^src/sandbox/' },
    },
    {
      name: 'main-loads-sandbox-dynamically',
      severity: 'error',
      from: { path: '^src/main\\.ts$' },
      to: { path: '^src/sandbox/', dependencyTypesNot: ['dynamic-import'] },
    },
    {
      name: 'upstream-does-not-call-up',
      comment: 'Data flows one way: the upstream layer knows nothing of GraphQL, loaders or the app.',
      severity: 'error',
      from: { path: '^src/upstream/' },
      to: { path: '^src/(schema|loaders|context|yoga|gateway|main|execution|security|observability)' },
    },
    {
      name: 'loaders-do-not-call-up',
      severity: 'error',
      from: { path: '^src/loaders/' },
      to: { path: '^src/(schema|context|yoga|gateway|main)' },
    },
    {
      name: 'schema-does-not-call-up',
      severity: 'error',
      from: { path: '^src/schema/' },
      to: { path: '^src/(yoga|gateway|main)' },
    },
    {
      name: 'config-only-at-the-root',
      comment: 'config.ts reads the environment; modules own their setting types and never import it.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/(config|gateway|main|healthcheck)\\.ts$' },
      to: { path: '^src/config\\.ts$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js'] },
  },
};
