'use strict';
// Loads an SPFx AMD locale module (`define([], function () { return {...}; })`) for jest: the Danish strings,
// since Danish is the product's first language. The module name is `<Name>WebPartStrings`.
const path = require('path');
const fs = require('fs');

function loadAmd(file) {
  let result;
  const define = (deps, factory) => { result = factory(); };
  // eslint-disable-next-line no-new-func
  new Function('define', fs.readFileSync(file, 'utf8'))(define);
  return result;
}

const COMMON = path.join(__dirname, '..', '..', 'src', 'common', 'loc');

/**
 * A web part's strings as its root gets them from a host: the shared `CommonStrings` module with the web part's own
 * module over it (what `DefinitionWebPart` and the local page merge).
 */
function loadWebPartStrings(locDir, locale) {
  return { ...loadAmd(path.join(COMMON, `${locale}.js`)), ...loadAmd(path.join(locDir, `${locale}.js`)) };
}

module.exports = { loadAmd, loadWebPartStrings };
