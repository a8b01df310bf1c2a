// The report's explorer frames in Debian's chromium with playwright-core (tests/browser/report.sh
// runs it). Usage: node report.test.js REPORT.html HOSTILE.html ORGANISATIONS SCREENSHOT_DIR
'use strict';
const path = require('path');
const {launch, check, record, explorerWhole} = require('./harness.js');

const [reportFile, hostileFile, organisations, shots] = process.argv.slice(2);

// The report, with every console error, page error (frames included), dialog and request kept.
const open = (context, file) => record(context, 'file://' + path.resolve(file));

// The explorer frames in page order, each scrolled into view (chromium runs an off-screen
// frame's animation frames only once it is seen) and waited for until whole.
async function explorers(page) {
  const handles = await page.$$('iframe.explorer');
  const frames = [];
  for (const h of handles) {
    await h.scrollIntoViewIfNeeded();
    const f = await h.contentFrame();
    await explorerWhole(f);
    frames.push({handle: h, frame: f});
  }
  return frames;
}

(async () => {
  const browser = await launch();
  try {
    const context = await browser.newContext({viewport: {width: 1400, height: 900}});
    await context.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
    const {page, log} = await open(context, reportFile);
    const frames = await explorers(page);
    check(frames.length === 2, `${frames.length} explorer frames, expected 2 (whole map, gaps)`);
    const [whole, gaps] = frames.map((x) => x.frame);

    // The whole map: every organisation listed, and search focuses one inside the frame.
    const rows = await whole.$$eval('#org-list tbody tr', (r) => r.length);
    check(rows === Number(organisations), `the whole map's list has ${rows} organisations, not ${organisations}`);
    await whole.fill('input[type=search]', 'statistical');
    await whole.press('input[type=search]', 'Enter');
    const sel = await whole.evaluate(() => window.__stakemapTest.state().sel);
    check(sel >= 0, 'searching "statistical" in the report selected nothing');
    const panel = await whole.$eval('#panel', (p) => p.textContent);
    check(/statistical/i.test(panel), 'the profile panel does not show the statistical office');
    // Panning moves the camera: the frame takes the mouse.
    const before = await whole.evaluate(() => window.__stakemapTest.state());
    const box = await (await whole.$('#map')).boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    for (let i = 1; i <= 10; ++i) await page.mouse.move(box.x + box.width / 2 + 10 * i, box.y + box.height / 2);
    await page.mouse.up();
    const after = await whole.evaluate(() => window.__stakemapTest.state());
    check(after.x !== before.x, 'dragging in the report did not pan the map');
    await frames[0].handle.screenshot({path: path.join(shots, 'report-explorer.png')});

    // The gaps map opens on desired and blocked flows, the active ones hidden.
    const statuses = await gaps.evaluate(() => window.__stakemapTest.shownStatuses());
    check(!statuses.active && (statuses.desired || statuses.blocked), `gaps frame shows ${JSON.stringify(statuses)}`);

    check(log.requests.length === 0, `network requests: ${log.requests.join(', ')}`);
    check(log.errors.length === 0, `console errors: ${log.errors.join(' | ')}`);
    check(log.dialogs.length === 0, `dialogs: ${log.dialogs.join(' | ')}`);

    // Hostile names stay text in the frames: no script of theirs runs.
    const hostile = await open(context, hostileFile);
    const hostileFrames = await explorers(hostile.page);
    const names = await hostileFrames[0].frame.$$eval('#org-list tbody tr td:first-child', (tds) => tds.map((td) => td.textContent));
    check(names.includes('<img src=x onerror=alert(1)>'), 'the hostile name is not listed as text');
    await hostile.page.waitForTimeout(500);
    check(hostile.log.dialogs.length === 0, `a hostile name ran a script: ${hostile.log.dialogs.join(' | ')}`);
    check(hostile.log.errors.length === 0, `console errors: ${hostile.log.errors.join(' | ')}`);
    console.log(`report: 2 explorer frames, ${rows} organisations, search and pan work, no request, no error`);
  } finally {
    await browser.close();
  }
})().catch((e) => { console.error(String(e && e.stack || e)); process.exit(1); });
