import * as React from 'react';
import * as ReactDOM from 'react-dom';
import { initializeIcons } from '@fluentui/react';
import { App } from './App';
import { readConfig } from './siteApi';

// The icon font is served by the local site itself (from @fluentui/font-icons-mdl2), so the page works offline.
initializeIcons('/page/fonts/');

const root = document.getElementById('root');
if (!root) throw new Error('The local page needs an element with id "root".');
ReactDOM.render(<App config={readConfig(window.location, window.__LOCALSITE__)} />, root);
window.addEventListener('pagehide', (e: PageTransitionEvent) => {
  if (!e.persisted) ReactDOM.unmountComponentAtNode(root);
});
