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

module.exports = { loadAmd };
