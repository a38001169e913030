// @ts-check
/**
 * Import rules that ESLint's per-file no-restricted-imports cannot see, because they are about the
 * graph: no cycles, and which server layers may reach which. Run by `npm run lint` over `src/`
 * (`depcruise src`); test/lint/import-rules.test.ts runs this same file over small fixture trees.
 * Paths are relative to the folder depcruise runs in, so the fixtures mirror `src/server/...`.
 *
 * @type {import('dependency-cruiser').IConfiguration}
 */
export default {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'No import cycles, type-only imports included: a cycle ties its modules into one knot that loads, tests and changes together.',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'features-not-to-jobs',
      severity: 'error',
      comment:
        'Features start work by name through the pipeline catalog; they never import jobs/ (its queue, registry or job files).',
      // A feature's tests may drive the real worker (run a job's handler, build mailing deps from
      // the job context), as the composition root does; ESLint's feature rules skip tests too.
      from: { path: '^src/server/features/', pathNot: '\\.test\\.ts$' },
      to: { path: '^src/server/jobs/' },
    },
    {
      name: 'infrastructure-not-to-features',
      severity: 'error',
      comment:
        'http/, auth/, email/ and net/ serve every feature, so they never import one; what they need from a feature is passed in by runtime.ts/app.ts.',
      from: { path: '^src/server/(http|auth|email|net)/' },
      to: { path: '^src/server/features/' },
    },
  ],
  options: {
    // `import type` and `import { type X }` vanish when TypeScript compiles, but they still tie
    // modules together for the reader and the type checker, so they count as edges.
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^node_modules/' },
  },
};
