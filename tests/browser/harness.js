// What the browser tests share (tests/browser/*.test.js): Debian's chromium launched with the
// flags of a machine without network, a check that throws, and a page that records console
// errors, page errors (frames included), dialogs and every request that is not a file.
'use strict';
const {chromium} = require('playwright-core');

const flags = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];

/** Debian's chromium, headless. */
function launch() {
  return chromium.launch({executablePath: '/usr/bin/chromium', args: flags, headless: true});
}

/** Throws `message` unless `ok`. */
function check(ok, message) {
  if (!ok) throw new Error(message);
}

/** A new page of `context` at `url`, with its log: {errors, requests, dialogs}. */
async function record(context, url) {
  const page = await context.newPage();
  const log = {errors: [], requests: [], dialogs: []};
  page.on('console', (m) => { if (m.type() === 'error') log.errors.push(m.text()); });
  page.on('pageerror', (e) => log.errors.push(String(e)));
  page.on('dialog', (d) => { log.dialogs.push(d.message()); d.dismiss(); });
  page.on('request', (r) => { if (!r.url().startsWith('file:') && !r.url().startsWith('blob:')) log.requests.push(r.url()); });
  await page.goto(url);
  return {page, log};
}

/** Waits until the explorer in `frame` (a page or a frame) is drawn whole and lists every organisation. */
async function explorerWhole(frame) {
  await frame.waitForSelector('body[data-ready="1"]', {timeout: 20000});
  await frame.waitForSelector('#org-list[data-complete="1"]', {timeout: 20000});
  await frame.waitForSelector('#map[data-drawn="1"]', {timeout: 20000});
}

module.exports = {launch, check, record, explorerWhole};
