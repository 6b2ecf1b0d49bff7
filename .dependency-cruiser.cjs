// The dependency rule of ARCHITECTURE.md, checked by `npm run check:deps` (part of `npm test`).
// Layers, lowest first; a module may import its own layer and the layers below it, never above.
const LAYERS = ['core', 'dictionary', 'pipeline', 'aggregate', 'outputs', 'run|commands', 'cli'];

const upward = LAYERS.slice(0, -1).map((layer, i) => ({
  name: `${layer.replace('|', '-')}-imports-upward`,
  comment: `${layer} may import only ${LAYERS.slice(0, i + 1).join(', ')}`,
  severity: 'error',
  from: { path: `^src/(${layer})/` },
  to: { path: `^src/(${LAYERS.slice(i + 1).join('|')})/` },
}));

module.exports = {
  forbidden: [
    { name: 'no-circular', comment: 'cycles hide which module owns a concern', severity: 'error', from: {}, to: { circular: true } },
    ...upward,
    {
      name: 'only-read-touches-inputs',
      comment: 'in the pipeline and the aggregate, only read/ opens files (tokenize/ loads kuromoji\'s own dictionary)',
      severity: 'error',
      from: { path: '^src/(pipeline|aggregate)/', pathNot: '^src/pipeline/(read|tokenize)/' },
      to: { dependencyTypes: ['core'], path: '^(node:)?(fs|fs/promises|readline)$' },
    },
    { name: 'library-index-is-not-imported', severity: 'error', from: { path: '^src/' }, to: { path: '^src/index\\.ts$' } },
    { name: 'run-and-commands-apart', comment: 'commands do not start runs, runs do not call commands', severity: 'error', from: { path: '^src/commands/' }, to: { path: '^src/run/' } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: 'node_modules' },
  },
};
