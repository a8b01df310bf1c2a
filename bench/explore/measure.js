// Opens an explorer page in headless chromium and prints: time to ready (ms from navigation
// start to the first painted frame, which shows the organisations), time to complete (every flow
// drawn and the accessible list whole), then p50, p95 and max of the requestAnimationFrame
// intervals (ms) during a scripted pan (mouse drag) and zoom (wheel) at the whole-map view,
// and the longest frame in the second after the movement stops (the full redraw).
'use strict';
const path = require('path');
const {chromium} = require(path.join(__dirname, '../../tests/browser/node_modules/playwright-core'));
const flags = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];
(async () => {
  const browser = await chromium.launch({executablePath: '/usr/bin/chromium', args: flags, headless: true});
  const page = await browser.newPage({viewport: {width: 1400, height: 900}});
  await page.goto('file://' + path.resolve(process.argv[2]));
  await page.waitForSelector('body[data-ready="1"]', {timeout: 120000});
  const ready = await page.evaluate(() => performance.now());
  await page.waitForSelector('#map[data-drawn="1"]', {timeout: 120000});
  await page.waitForSelector('#org-list[data-complete="1"]', {timeout: 120000});
  const complete = await page.evaluate(() => performance.now());
  await page.evaluate(() => {
    window.__frames = [];
    let last = performance.now();
    const tick = (t) => { window.__frames.push(t - last); last = t; if (!window.__stop) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  });
  const box = await page.$eval('#map', (c) => { const r = c.getBoundingClientRect(); return [r.left, r.top, r.width, r.height]; });
  const cx = box[0] + box[2] / 2, cy = box[1] + box[3] / 2;
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  for (let i = 1; i <= 60; ++i) await page.mouse.move(cx + 5 * i, cy + 2 * i);
  await page.mouse.up();
  for (let i = 0; i < 20; ++i) await page.mouse.wheel(0, i < 10 ? -120 : 120);
  const frames = await page.evaluate(() => { const f = window.__frames.slice(1); window.__frames = []; return f; });
  // The full drawing that follows when the movement stops (up to 180 ms later).
  await page.waitForTimeout(1000);
  const settle = await page.evaluate(() => { window.__stop = true; return window.__frames; });
  frames.sort((a, b) => a - b);
  const q = (p) => frames[Math.min(frames.length - 1, Math.floor(p * frames.length))].toFixed(1);
  console.log(ready.toFixed(0), complete.toFixed(0), q(0.5), q(0.95), frames[frames.length - 1].toFixed(1), Math.max(...settle).toFixed(1));
  await browser.close();
})().catch((e) => { console.error(e); process.exit(1); });
