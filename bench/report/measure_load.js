// Opens a report in headless chromium and prints how long it takes to be usable: ms from
// navigation start to DOMContentLoaded, to the load event, to the first explorer frame ready
// (organisations shown) and whole (every flow drawn, the list complete), then whether a search
// in that frame selects an organisation (the first organisation's name) and the ms it took.
// Usage: node bench/report/measure_load.js REPORT.html (needs tests/browser/node_modules).
'use strict';
const path = require('path');
const {launch} = require(path.join(__dirname, '../../tests/browser/harness.js'));
(async () => {
  const browser = await launch();
  const page = await browser.newPage({viewport: {width: 1400, height: 900}});
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto('file://' + path.resolve(process.argv[2]), {timeout: 600000, waitUntil: 'load'});
  const nav = await page.evaluate(() => {
    const n = performance.getEntriesByType('navigation')[0];
    return [n.domContentLoadedEventEnd, n.loadEventEnd];
  });
  const handle = await page.$('iframe.explorer');
  let ready = -1, whole = -1, found = 'no frame', search = -1;
  if (handle) {
    await handle.scrollIntoViewIfNeeded();
    const frame = await handle.contentFrame();
    await frame.waitForSelector('body[data-ready="1"]', {timeout: 600000});
    ready = await page.evaluate(() => performance.now());
    await frame.waitForSelector('#map[data-drawn="1"]', {timeout: 600000});
    await frame.waitForSelector('#org-list[data-complete="1"]', {timeout: 600000});
    whole = await page.evaluate(() => performance.now());
    const name = await frame.evaluate(() => JSON.parse(document.getElementById('stakemap-data').textContent).orgs[0].name);
    const t0 = await page.evaluate(() => performance.now());
    await frame.fill('input[type=search]', name);
    await frame.press('input[type=search]', 'Enter');
    const sel = await frame.evaluate(() => window.__stakemapTest.state().sel);
    search = (await page.evaluate(() => performance.now())) - t0;
    found = sel >= 0 ? 'selected' : 'nothing selected';
  }
  console.log(`domcontentloaded_ms ${nav[0].toFixed(0)} load_ms ${nav[1].toFixed(0)} explorer_ready_ms ${ready.toFixed(0)}` +
              ` explorer_whole_ms ${whole.toFixed(0)} search ${found} ${search.toFixed(0)} ms errors ${errors.length}`);
  await browser.close();
})().catch((e) => { console.error(e); process.exit(1); });
