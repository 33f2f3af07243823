'use strict';

const build = require('@microsoft/sp-build-web');

build.addSuppression(`Warning - [sass] The local CSS class 'ms-Grid' is not camelCase and will not be type-safe.`);

var getTasks = build.rig.getTasks;
build.rig.getTasks = function () {
  var result = getTasks.call(build.rig);

  result.set('serve', result.get('serve-deprecated'));

  return result;
};

// `npm run test:bundle` (scripts/bundle-budget.ts) sets KOORDINATOR_BUNDLE_MAPS=1: the production build then also
// writes hidden source maps (dist/*.js.map), so the budget report can say which modules fill a bundle. Nothing ships
// differently: the bundles' bytes are identical (only the hash in their file names changes, as the minifier's options
// enter it), they carry no sourceMappingURL, and release/ gets no .map (the rig copies
// maps there only with releaseMapFiles). Off otherwise. SPFx decides the minifier's source maps from its own devtool,
// which the rig does not let a project set for --ship; `_sourceMap` is private to
// @rushstack/webpack5-module-minifier-plugin (checked with 1.22.2), so the budget script reports when no map appeared.
if (process.env.KOORDINATOR_BUNDLE_MAPS === '1') {
  build.configureWebpack.mergeConfig({
    additionalConfiguration: config => {
      config.devtool = 'hidden-source-map';
      for (const minimizer of (config.optimization && config.optimization.minimizer) || []) {
        if (minimizer && minimizer.constructor && minimizer.constructor.name === 'ModuleMinifierPlugin') minimizer._sourceMap = true;
      }
      return config;
    }
  });
}

build.initialize(require('gulp'));
