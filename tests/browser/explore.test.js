// Drives stakemap's explorer in Debian's chromium with playwright-core (tests/browser/explore.sh
// runs it). Usage: node explore.test.js MAP.html HOSTILE.html EXPECTED.json SCREENSHOT_DIR
// EXPECTED.json comes from the stakemap CLI: the organisations in `list orgs` order, the flows
// `show ORG` lists, and the blocked flows of `list flows`.
'use strict';
const fs = require('fs');
const path = require('path');
const {launch, check, record, explorerWhole} = require('./harness.js');

const [mapFile, hostileFile, expectedFile, shots] = process.argv.slice(2);
const expected = JSON.parse(fs.readFileSync(expectedFile, 'utf8'));

// The explorer at `url`, drawn whole, with its log.
async function open(context, url) {
  const {page, log} = await record(context, url);
  await explorerWhole(page);
  return {page, log};
}

const flowsShown = (page) => page.$eval('#map', (c) => Number(c.dataset.flowsShown));

(async () => {
  const browser = await launch();
  try {
    const context = await browser.newContext({viewport: {width: 1400, height: 900}, acceptDownloads: true});
    // Any request that is not the page itself is refused and recorded.
    await context.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
    const url = 'file://' + path.resolve(mapFile);
    const {page, log} = await open(context, url);

    // The accessible list: every organisation, in `list orgs` order, with its level.
    const names = await page.$$eval('#org-list tbody tr td:first-child', (tds) => tds.map((td) => td.textContent));
    check(names.length === 57, `the list has ${names.length} organisations, not 57`);
    check(JSON.stringify(names) === JSON.stringify(expected.names), 'the list is not in `list orgs` order');
    await page.screenshot({path: path.join(shots, 'explore.png')});

    // Search: "statistical" focuses the Federal statistical office.
    await page.fill('input[type=search]', 'statistical');
    await page.press('input[type=search]', 'Enter');
    const title = await page.textContent('#panel-title');
    check(title === 'Federal statistical office', `search focused '${title}'`);
    await page.screenshot({path: path.join(shots, 'explore-search.png')});

    // Accent- and case-insensitive search over aliases: "FÉDÉRAL DE STATISTIQUE" finds it too.
    await page.fill('input[type=search]', 'FÉDÉRAL DE STATISTIQUE');
    const hits = await page.$$eval('.results button', (b) => b.map((x) => x.textContent));
    check(hits.includes('Federal statistical office'), `alias search found ${hits}`);
    await page.press('input[type=search]', 'Escape');

    // Clicking an organisation on the canvas shows as many flows as `stakemap show` counts.
    await page.click('#panel button'); // close the panel
    await page.focus('#map');
    await page.keyboard.press('0'); // fit the whole map
    await page.waitForTimeout(100);
    const target = expected.click;
    const point = await page.evaluate((id) => window.__stakemapTest.screenPoint(id), target.id);
    await page.mouse.click(point[0], point[1]);
    const clicked = await page.textContent('#panel-title');
    check(clicked === target.name, `clicking at ${point} opened '${clicked}', not '${target.name}'`);
    const rowsOut = await page.$$eval('#panel table.flows-out tr.flow', (r) => r.length);
    const rowsIn = await page.$$eval('#panel table.flows-in tr.flow', (r) => r.length);
    check(rowsOut === target.out && rowsIn === target.in,
      `panel lists ${rowsOut} out / ${rowsIn} in, stakemap show ${target.out} / ${target.in}`);
    await page.screenshot({path: path.join(shots, 'explore-profile.png')});

    // Filtering out blocked flows hides exactly the blocked flows.
    const before = await flowsShown(page);
    await page.click('#panel button'); // close
    const all = await flowsShown(page);
    check(all === expected.flows, `${all} flows shown, the map has ${expected.flows}`);
    await page.uncheck('input[data-code="blocked"]');
    const after = await flowsShown(page);
    check(all - after === expected.blocked, `unchecking blocked hid ${all - after} flows, the map has ${expected.blocked} blocked`);
    const blockedLeft = await page.evaluate(() => window.__stakemapTest.shownStatuses().blocked || 0);
    check(blockedLeft === 0, `${blockedLeft} blocked flows still shown`);
    void before;

    // The URL fragment reopens the same view: filters, colour, selection, ego, camera.
    await page.selectOption('#colour-by', 'community');
    await page.selectOption('#size-by', 'betweenness');
    await page.fill('input[type=search]', 'statistical');
    await page.press('input[type=search]', 'Enter');
    await page.click('text=' + (await page.evaluate(() => window.__stakemapTest.ui('ego_1'))));
    await page.keyboard.press('+');
    await page.waitForTimeout(400);
    const state = await page.evaluate(() => window.__stakemapTest.state());
    const shownHere = await flowsShown(page);
    const link = page.url();
    check(link.includes('#'), 'no fragment in the URL');
    await page.screenshot({path: path.join(shots, 'explore-ego.png')});
    const again = await open(context, link);
    const state2 = await again.page.evaluate(() => window.__stakemapTest.state());
    check(JSON.stringify(state2) === JSON.stringify(state), `reopened ${JSON.stringify(state2)} != ${JSON.stringify(state)}`);
    check(await flowsShown(again.page) === shownHere, 'reopened view shows other flows');
    check(await again.page.textContent('#panel-title') === 'Federal statistical office', 'reopened view lost the selection');

    // Keyboard: the canvas takes focus and + zooms.
    await again.page.focus('#map');
    const k0 = (await again.page.evaluate(() => window.__stakemapTest.state())).k;
    await again.page.keyboard.press('+');
    const k1 = (await again.page.evaluate(() => window.__stakemapTest.state())).k;
    check(k1 > k0, 'keyboard + did not zoom');

    // Save as SVG: a download that is well-formed SVG.
    const [download] = await Promise.all([again.page.waitForEvent('download'), again.page.click('#save-svg')]);
    const svg = fs.readFileSync(await download.path(), 'utf8');
    check(svg.startsWith('<svg') && svg.includes('<circle'), 'the saved SVG has no organisations');

    for (const l of [log, again.log]) {
      check(l.errors.length === 0, 'console errors: ' + l.errors.join(' | '));
      check(l.requests.length === 0, 'network requests: ' + l.requests.join(' '));
    }

    // A map of hostile names: no script runs, no dialog, names shown as text.
    const hostile = await open(context, 'file://' + path.resolve(hostileFile));
    await hostile.page.waitForTimeout(300);
    const hostileNames = await hostile.page.$$eval('#org-list tbody tr td:first-child', (tds) => tds.map((td) => td.textContent));
    check(hostileNames.includes('<img src=x onerror=alert(1)>'), 'the hostile name is not shown as text');
    check(await hostile.page.$$eval('img', (i) => i.length) === 0, 'a name became an <img>');
    check(hostile.log.dialogs.length === 0, 'a hostile name ran a script: ' + hostile.log.dialogs.join(' '));
    check(hostile.log.errors.length === 0, 'console errors on the hostile map: ' + hostile.log.errors.join(' | '));
    check(hostile.log.requests.length === 0, 'network requests on the hostile map: ' + hostile.log.requests.join(' '));
    console.log('explorer: list, search, click, filters, fragment, keyboard, SVG and hostile names checked');
  } finally {
    await browser.close();
  }
})().catch((e) => {
  console.error('FAIL ' + e.message);
  process.exit(1);
});
