// The reviewer's desk (web/desk.html, web/js/desk/) in the built site: desk.html beside index.html
// and its modules bundled into js/desk.js (the same bundler as the page's js/app.js; the worker it
// talks to is the page's js/worker.js). css/desk.css comes with the css/ folder.
// addDeskPage({web, site, editionModule}) is called by make-site.mjs; the desk is on demand (not
// precached; the service worker keeps it once opened).
import { readFileSync, writeFileSync, cpSync } from 'node:fs';
import path from 'node:path';
import { bundle } from './bundle.mjs';

export function addDeskPage({ web, site, editionModule }) {
  const js = bundle(path.join(web, 'js/desk/main.js'), { overrides: { [path.join(web, 'js/edition-data.js')]: editionModule } });
  writeFileSync(path.join(site, 'js/desk.js'), `// Built by web/build/desk-page.mjs from web/js/desk/*.js and web/js/*.js: do not edit.\n${js}\n`);
  const html = readFileSync(path.join(web, 'desk.html'), 'utf8');
  if (!html.includes('src="js/desk/main.js"')) throw new Error('desk.html: js/desk/main.js script tag not found');
  writeFileSync(path.join(site, 'desk.html'), html.replace('src="js/desk/main.js"', 'src="js/desk.js"'));
  cpSync(path.join(web, 'css/desk.css'), path.join(site, 'css/desk.css'));
}
