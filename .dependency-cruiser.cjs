// dependency-cruiser: the layering and import-cycle rules of `npm run lint` (issue 14).
// src/sim (engine → kubectl/shell) → src/lib → src/components → src/lessons, src/pages.
// Known violations being removed by ongoing work are listed in .dependency-cruiser-known-violations.json
// (`npm run lint:deps:baseline` rewrites it); anything new fails the lint.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No import cycles anywhere in src (type-only imports included).',
      from: {},
      to: { circular: true },
    },
    {
      name: 'sim-is-pure',
      severity: 'error',
      comment:
        'src/sim is the simulator: no site code (lib, components, lessons, pages); i18n/t.ts is shared, DOM-free.',
      from: { path: '^src/sim/' },
      to: { path: '^src/(lib|components|lessons|pages|layouts)/' },
    },
    {
      name: 'lib-not-components',
      severity: 'error',
      comment: 'src/lib is DOM-free site logic: it imports nothing from src/components, lessons or pages.',
      from: { path: '^src/lib/' },
      to: { path: '^src/(components|pages|layouts)/' },
    },
    {
      name: 'lessons-not-components',
      severity: 'error',
      comment: 'Lesson modules are data and checks: they use src/lib and src/sim, not the view.',
      from: { path: '^src/lessons/' },
      to: { path: '^src/(components|pages|layouts)/' },
    },
  ],
  options: {
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^src/env\\.d\\.ts$' },
  },
};
