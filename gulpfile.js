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
// rrule's natural-language module (toText/fromText) is replaced by a stub in the web parts' bundles: nothing in
// Koordinator uses it (rules are described by src/domain/describeRule.ts), and it cost 4 KB gzip of every first
// load. Jest and the local page's esbuild build keep the real module.
// One additionalConfiguration: a second mergeConfig call would replace the first.
build.configureWebpack.mergeConfig({
  additionalConfiguration: config => {
    if (process.env.KOORDINATOR_BUNDLE_MAPS === '1') {
      config.devtool = 'hidden-source-map';
      for (const minimizer of (config.optimization && config.optimization.minimizer) || []) {
        if (minimizer && minimizer.constructor && minimizer.constructor.name === 'ModuleMinifierPlugin') minimizer._sourceMap = true;
      }
    }
    const webpack = require('webpack');
    const path = require('path');
    config.plugins = config.plugins || [];
    config.plugins.push(new webpack.NormalModuleReplacementPlugin(
      /[\\/]rrule[\\/]dist[\\/]esm[\\/]nlp[\\/]index\.js$|^\.\/nlp\/index$/,
      resource => {
        if (/rrule/.test(resource.context || '') || /rrule/.test(resource.request || '')) {
          resource.request = path.join(__dirname, 'scripts', 'build', 'rrule-nlp-stub.js');
        }
      }
    ));
    return config;
  }
});

build.initialize(require('gulp'));
