/**
 * The architecture, checked in `npm run lint`. Cores are the pure parts of a feature and of
 * the kernel: every `core/` folder under src. "Reach" is transitive: a core may not
 * get to I/O through any chain of imports, not only a direct one. Type-only imports are
 * not followed (tsPreCompilationDeps off): they leave nothing in the compiled code.
 */
const CORE = '^src/.+/core/';
const IO_PACKAGES = '^node_modules/(neo4j-driver|onnxruntime-node|graphql|type-graphql)/';
const IO_BUILTINS = '^(node:)?(fs|fs/promises|net|child_process|worker_threads)$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'core-reaches-io-package',
      comment: 'A core reaches no database driver, ONNX runtime or GraphQL layer.',
      severity: 'error',
      from: { path: CORE },
      to: { path: IO_PACKAGES, reachable: true },
    },
    {
      name: 'core-reaches-io-builtin',
      comment: 'A core reaches no file system, network, child process or worker thread.',
      severity: 'error',
      from: { path: CORE },
      to: { path: IO_BUILTINS, reachable: true },
    },
    {
      name: 'core-reaches-db-or-api',
      comment: 'A core reaches neither the database layer nor the API layer.',
      severity: 'error',
      from: { path: CORE },
      to: { path: '^src/(db|api)/', reachable: true },
    },
    {
      name: 'db-reaches-graphql',
      comment: 'The database layer knows nothing of GraphQL: its errors are domain errors, mapped in src/api.',
      severity: 'error',
      from: { path: '^src/db/' },
      to: { path: '^node_modules/(graphql|type-graphql)/', reachable: true },
    },
    {
      name: 'product-reaches-tooling',
      comment: 'The product (src/) never depends on tools, tests or benchmarks.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(tools|test|bench)/', reachable: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: false,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^(dist|dashboard)/' },
  },
};
