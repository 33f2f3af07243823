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
// Every web part's entry bundle starts with V8's explicit compile hint `//# allFunctionsCalledOnLoad` (Chrome and Edge
// 136+, the WICG explainer »explicit JavaScript compile hints, file based«; other browsers read a comment): the entry is
// what a web part runs on load, so its functions are compiled while the script streams in, on a background thread,
// instead of one by one on the main thread as they are first called — in the middle of the first render and of
// mapping the first data (issue 9: cold $batch → wheel frame ≈ 255 → 230 ms, navigation → frame ≈ −170 ms, longest
// task ≈ 168 → 120 ms). The chunks loaded on demand (forms, panels, exporters) keep lazy compilation. Added after the
// minifier (which drops comments) and before the content hash is computed, so the file name covers it.
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
    config.plugins.push(new CompileHintPlugin());
    return config;
  }
});

const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

class CompileHintPlugin {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('CompileHintPlugin', compilation => {
      compilation.hooks.processAssets.tap({ name: 'CompileHintPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE + 1 }, () => {
        for (const chunk of compilation.chunks) {
          if (!chunk.hasRuntime()) continue;
          for (const file of chunk.files) {
            if (!/\.js$/.test(file)) continue;
            compilation.updateAsset(file, old => old.source().toString().startsWith(COMPILE_HINT) ? old : new sources.ConcatSource(COMPILE_HINT, old));
          }
        }
      });
    });
  }
}

build.initialize(require('gulp'));
