// The explorer's page script (stakemap explore, docs/explore.md). Plain JavaScript, inline in
// the page and allowed by its CSP hash. It reads the map from the JSON block
// #stakemap-data and draws it on a canvas. Text from the map is only ever set with
// textContent (never as HTML), so a hostile name stays text.
(function () {
  'use strict';
  const D = JSON.parse(document.getElementById('stakemap-data').textContent);
  const UI = D.ui;
  const N = D.orgs.length;
  const F = D.flows.length;

  // ---- helpers --------------------------------------------------------------------------
  function t(id, args) {
    let s = UI[id] !== undefined ? UI[id] : id;
    if (args) s = s.replace(/\{(\w+)\}/g, (m, k) => (args[k] !== undefined ? String(args[k]) : m));
    return s;
  }
  function el(tag, props, children) {
    const e = document.createElement(tag);
    if (props) for (const k in props) {
      if (k === 'text') e.textContent = props[k];
      else if (k === 'class') e.className = props[k];
      else if (k.startsWith('on')) e.addEventListener(k.slice(2), props[k]);
      else e.setAttribute(k, props[k]);
    }
    if (children) for (const c of children) if (c) e.appendChild(c);
    return e;
  }
  function label(facet, code) {
    const f = D.labels[facet];
    return f && f[code] !== undefined ? f[code] : code;
  }
  function fold(s) {
    return String(s).normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  }
  function xml(s) {
    return String(s).replace(/[&<>"']/g, (c) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c]));
  }
  const orgName = (i) => D.orgs[i].name || D.orgs[i].id;

  // ---- data -----------------------------------------------------------------------------
  const px = new Float64Array(N), py = new Float64Array(N), inView = new Uint8Array(N);
  for (let i = 0; i < N; ++i) {
    const p = D.pos[i];
    if (p) { px[i] = p[0]; py[i] = p[1]; inView[i] = 1; }
  }
  const fFrom = new Int32Array(F), fTo = new Int32Array(F), fStatus = new Int32Array(F), fBasis = new Int32Array(F),
    fReg = new Int32Array(F), fPop = new Int32Array(F);
  const fObst = new Array(F);
  const outOf = Array.from({length: N}, () => []), inOf = Array.from({length: N}, () => []);
  D.flows.forEach((f, k) => {
    fFrom[k] = f[0]; fTo[k] = f[1]; fStatus[k] = f[2]; fBasis[k] = f[3]; fReg[k] = f[4]; fPop[k] = f[5];
    fObst[k] = f.slice(6);
    outOf[f[0]].push(k); inOf[f[1]].push(k);
  });
  const C = D.codes;
  const statusOf = (k) => C.status[fStatus[k]];
  const folded = D.orgs.map((o) => [o.name || '', o.id].concat(o.aliases || []).map(fold));

  // Level colours by the level's place in the map's profile (lowest first), not by its code.
  const levelColours = ['#a6cee3', '#b2df8a', '#fdbf6f', '#cab2d6', '#fb9a99', '#ffff99', '#8dd3c7'];
  const levelPalette = {};
  Object.keys(D.labels.level || {}).forEach((code, i) => { levelPalette[code] = levelColours[i % levelColours.length]; });
  const palette = ['#8dd3c7', '#ffffb3', '#bebada', '#fb8072', '#80b1d3', '#fdb462', '#b3de69', '#fccde5',
    '#d9d9d9', '#bc80bd', '#ccebc5', '#ffed6f'];
  const lineStyles = {
    active: {color: '#6b7280', width: 1, dash: []},
    desired: {color: '#2563eb', width: 1.5, dash: [6, 4]},
    blocked: {color: '#dc2626', width: 2, dash: []},
    recommended: {color: '#16a34a', width: 1.5, dash: [2, 4]}
  };
  const lineStyle = (s) => lineStyles[s] || lineStyles.active;

  // ---- state (kept in the URL fragment) ---------------------------------------------------
  const S = {x: 0, y: 0, k: 1, sel: -1, ego: 0, colour: 'level', size: 'none',
    xs: new Set(), xb: new Set(), xp: new Set(), terr: '', dom: '', lvl: '', obst: ''};
  if (D.view === 'gaps') S.xs.add('active');
  if (D.focus >= 0) { S.sel = D.focus; }

  function encodeState() {
    const q = new URLSearchParams();
    q.set('x', S.x.toFixed(1)); q.set('y', S.y.toFixed(1)); q.set('k', S.k.toPrecision(4));
    if (S.sel >= 0) q.set('sel', D.orgs[S.sel].id);
    if (S.ego) q.set('ego', S.ego);
    q.set('c', S.colour); q.set('s', S.size);
    for (const [key, set] of [['xs', S.xs], ['xb', S.xb], ['xp', S.xp]]) if (set.size) q.set(key, [...set].join(','));
    for (const key of ['terr', 'dom', 'lvl', 'obst']) if (S[key]) q.set(key, S[key]);
    return q.toString();
  }
  function decodeState(hash) {
    const q = new URLSearchParams(hash.replace(/^#/, ''));
    if (!q.has('k')) return false;
    const num = (k, d) => { const v = parseFloat(q.get(k)); return isFinite(v) ? v : d; };
    S.x = num('x', 0); S.y = num('y', 0); S.k = Math.max(1e-4, num('k', 1));
    S.sel = -1;
    if (q.has('sel')) S.sel = D.orgs.findIndex((o) => o.id === q.get('sel'));
    S.ego = S.sel >= 0 ? Math.min(2, Math.max(0, parseInt(q.get('ego') || '0', 10) || 0)) : 0;
    if (['level', 'community', 'territory', 'silo'].includes(q.get('c'))) S.colour = q.get('c');
    if (['none', 'betweenness', 'degree'].includes(q.get('s'))) S.size = q.get('s');
    for (const key of ['xs', 'xb', 'xp']) S[key] = new Set(q.get(key) ? q.get(key).split(',') : []);
    for (const key of ['terr', 'dom', 'lvl', 'obst']) S[key] = q.get(key) || '';
    return true;
  }
  let hashTimer = 0;
  function saveState() {
    clearTimeout(hashTimer);
    hashTimer = setTimeout(() => {
      // A sandboxed frame (the report's maps) has no address of its own to keep the view in.
      try { history.replaceState(null, '', '#' + encodeState()); } catch (e) { /* kept in memory only */ }
    }, 150);
  }

  // ---- what is shown ----------------------------------------------------------------------
  const orgShown = new Uint8Array(N), flowShown = new Uint8Array(F);
  let shownOrgs = 0, shownFlows = 0;
  function egoSet() {
    if (!S.ego || S.sel < 0) return null;
    const dist = new Int32Array(N).fill(-1);
    dist[S.sel] = 0;
    let frontier = [S.sel];
    for (let step = 1; step <= S.ego; ++step) {
      const next = [];
      for (const u of frontier) for (const k of outOf[u].concat(inOf[u])) {
        if (!flowShown[k] && !flowPasses(k)) continue;
        const v = fFrom[k] === u ? fTo[k] : fFrom[k];
        if (dist[v] < 0) { dist[v] = step; next.push(v); }
      }
      frontier = next;
    }
    return dist;
  }
  function orgPasses(i) {
    const o = D.orgs[i];
    if (!inView[i]) return false;
    if (S.terr && !(o.territories || []).includes(S.terr)) return false;
    if (S.dom && !(o.domains || []).includes(S.dom)) return false;
    if (S.lvl && o.level !== S.lvl) return false;
    return true;
  }
  function flowPasses(k) {
    if (S.xs.has(C.status[fStatus[k]]) || S.xb.has(C.basis[fBasis[k]]) || S.xp.has(C.population[fPop[k]])) return false;
    if (S.obst && !fObst[k].some((o) => C.obstacle[o] === S.obst)) return false;
    return true;
  }
  function recompute() {
    snapshot = null;
    for (let i = 0; i < N; ++i) orgShown[i] = orgPasses(i) ? 1 : 0;
    const ego = egoSet();
    if (ego) for (let i = 0; i < N; ++i) if (ego[i] < 0) orgShown[i] = 0;
    if (S.sel >= 0 && inView[S.sel]) orgShown[S.sel] = 1;
    shownOrgs = 0; shownFlows = 0;
    for (let i = 0; i < N; ++i) shownOrgs += orgShown[i];
    for (let k = 0; k < F; ++k) {
      flowShown[k] = orgShown[fFrom[k]] && orgShown[fTo[k]] && flowPasses(k) ? 1 : 0;
      shownFlows += flowShown[k];
    }
    ui.status.textContent = t('shown', {orgs: shownOrgs, total: N, flows: shownFlows, all: F});
    canvas.dataset.flowsShown = String(shownFlows);
    canvas.dataset.orgsShown = String(shownOrgs);
    recomputeColours();
    buildLegend();
    draw();
    saveState();
  }

  // ---- colours and sizes --------------------------------------------------------------------
  const fill = new Array(N);
  let colourKeys = [];  // [key, label, colour] of the shown organisations
  function colourOf(i) {
    const o = D.orgs[i];
    switch (S.colour) {
      case 'community': {
        const c = D.community[i];
        return c < 0 ? ['-', t('unknown'), '#e5e7eb'] : ['c' + c, t('community_n', {n: c + 1}), palette[c % palette.length]];
      }
      case 'territory': {
        const tr = (o.territories || [])[0];
        if (!tr) return ['-', t('unknown'), '#e5e7eb'];
        const idx = Object.keys(D.territories).indexOf(tr);
        return ['t' + tr, D.territories[tr] || tr, palette[(idx < 0 ? 0 : idx) % palette.length]];
      }
      case 'silo':
        return D.silo[i].length ? ['s1', t('in_silo'), '#f87171'] : ['s0', t('not_in_silo'), '#d1d5db'];
      default:
        return o.level ? ['l' + o.level, label('level', o.level), levelPalette[o.level] || '#e5e7eb']
          : ['-', t('unknown'), '#e5e7eb'];
    }
  }
  function recomputeColours() {
    const seen = new Map();
    for (let i = 0; i < N; ++i) {
      const [key, text, colour] = colourOf(i);
      fill[i] = colour;
      if (orgShown[i]) {
        const e = seen.get(key);
        if (e) e[3]++; else seen.set(key, [key, text, colour, 1]);
      }
    }
    colourKeys = [...seen.values()].sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  }
  let maxMetric = {betweenness: 0, degree: 0};
  for (let i = 0; i < N; ++i) {
    maxMetric.betweenness = Math.max(maxMetric.betweenness, D.betweenness[i]);
    maxMetric.degree = Math.max(maxMetric.degree, D.degree[i]);
  }
  function radius(i) {  // in screen pixels
    const base = Math.max(3, Math.min(9, 9 * Math.sqrt(S.k)));
    if (S.size === 'none' || !maxMetric[S.size]) return base;
    return base * (0.6 + 2 * Math.sqrt(D[S.size][i] / maxMetric[S.size]));
  }

  // ---- page structure -----------------------------------------------------------------------
  const ui = {};
  const header = el('header', null, [el('h1', {text: D.title})]);
  ui.search = el('input', {type: 'search', 'aria-label': t('search'), placeholder: t('search'), autocomplete: 'off'});
  ui.results = el('ul', {class: 'results', role: 'listbox', 'aria-label': t('search')});
  ui.results.hidden = true;
  ui.announce = el('span', {class: 'sr-only', 'aria-live': 'polite'});
  header.appendChild(el('div', {class: 'search'}, [ui.search, ui.results]));
  const button = (text, fn, extra) => el('button', Object.assign({type: 'button', text: text, onclick: fn}, extra || {}));
  header.appendChild(button('+', () => zoomBy(1.4), {'aria-label': t('zoom_in'), title: t('zoom_in')}));
  header.appendChild(button('−', () => zoomBy(1 / 1.4), {'aria-label': t('zoom_out'), title: t('zoom_out')}));
  header.appendChild(button(t('fit'), () => { fit(); draw(); saveState(); }));
  header.appendChild(button(t('save_svg'), saveSvg, {id: 'save-svg'}));
  ui.status = el('span', {class: 'status', role: 'status'});
  header.appendChild(ui.status);
  header.appendChild(ui.announce);

  const controls = el('aside', {class: 'controls', 'aria-label': t('filters')});
  function checkGroup(title, codes, facet, set) {
    const fs = el('fieldset', null, [el('legend', {text: title})]);
    for (const code of codes) {
      const box = el('input', {type: 'checkbox', 'data-code': code});
      box.checked = !set.has(code);
      box.addEventListener('change', () => { if (box.checked) set.delete(code); else set.add(code); recompute(); });
      fs.appendChild(el('label', null, [box, document.createTextNode(' ' + label(facet, code))]));
    }
    return fs;
  }
  function selectGroup(title, options, key) {
    const sel = el('select', {'aria-label': title, 'data-filter': key});
    sel.appendChild(el('option', {value: '', text: t('all')}));
    for (const [value, text] of options) sel.appendChild(el('option', {value: value, text: text}));
    sel.value = S[key];
    sel.addEventListener('change', () => { S[key] = sel.value; recompute(); });
    return el('label', null, [document.createTextNode(title), sel]);
  }
  function uniq(get) {
    const s = new Set();
    D.orgs.forEach((o) => (get(o) || []).forEach((v) => s.add(v)));
    return [...s].sort();
  }
  const filterBox = el('fieldset', null, [el('legend', {text: t('filters')})]);
  let filterWidgets;
  function buildFilters() {
    while (filterBox.childNodes.length > 1) filterBox.removeChild(filterBox.lastChild);
    filterWidgets = [
      checkGroup(t('status'), C.status, 'flow_status', S.xs),
      checkGroup(t('basis'), C.basis, 'flow_basis', S.xb),
      checkGroup(t('population'), C.population, 'population', S.xp),
      selectGroup(t('territory'), uniq((o) => o.territories).map((v) => [v, D.territories[v] || v]), 'terr'),
      selectGroup(t('domain'), uniq((o) => o.domains).map((v) => [v, label('domain', v)]), 'dom'),
      selectGroup(t('level'), uniq((o) => (o.level ? [o.level] : [])).map((v) => [v, label('level', v)]), 'lvl'),
      selectGroup(t('obstacle'), C.obstacle.slice().sort().map((v) => [v, label('obstacle', v)]), 'obst')];
    for (const w of filterWidgets) filterBox.appendChild(w);
    filterBox.appendChild(button(t('reset'), () => {
      S.xs.clear(); S.xb.clear(); S.xp.clear(); S.terr = S.dom = S.lvl = S.obst = '';
      buildFilters(); recompute();
    }));
  }
  buildFilters();
  controls.appendChild(filterBox);
  const display = el('fieldset', null, [el('legend', {text: t('display')})]);
  ui.colour = el('select', {'aria-label': t('colour_by'), id: 'colour-by'});
  for (const c of ['level', 'community', 'territory', 'silo']) ui.colour.appendChild(el('option', {value: c, text: t(c)}));
  ui.colour.addEventListener('change', () => { S.colour = ui.colour.value; recompute(); });
  ui.size = el('select', {'aria-label': t('size_by'), id: 'size-by'});
  for (const c of ['none', 'betweenness', 'degree']) ui.size.appendChild(el('option', {value: c, text: t(c)}));
  ui.size.addEventListener('change', () => { S.size = ui.size.value; recompute(); });
  display.appendChild(el('label', null, [document.createTextNode(t('colour_by')), ui.colour]));
  display.appendChild(el('label', null, [document.createTextNode(t('size_by')), ui.size]));
  controls.appendChild(display);
  ui.legend = el('section', {'aria-label': t('legend'), id: 'legend'});
  controls.appendChild(ui.legend);
  controls.appendChild(el('p', {class: 'keys', text: t('keys')}));
  // The accessible list of every organisation, in map order (`stakemap list orgs`).
  const table = el('table', {id: 'org-list'}, [el('caption', {text: t('list_caption')}),
    el('thead', null, [el('tr', null, [el('th', {text: t('name'), scope: 'col'}), el('th', {text: t('level'), scope: 'col'})])])]);
  const tbody = el('tbody');
  table.appendChild(tbody);
  // Its rows are added after the first picture, 1,000 per task, so that a large map's list does
  // not hold the map back; the table is marked data-complete once it holds every organisation.
  function addRows(from) {
    const end = Math.min(N, from + 1000), rows = document.createDocumentFragment();
    for (let i = from; i < end; ++i) {
      const o = D.orgs[i];
      rows.appendChild(el('tr', null, [el('td', null, [button(orgName(i), () => select(i, true))]),
        el('td', {text: o.level ? label('level', o.level) : ''})]));
    }
    tbody.appendChild(rows);
    if (end < N) setTimeout(() => addRows(end), 0);
    else table.dataset.complete = '1';
  }
  controls.appendChild(el('section', {'aria-label': t('organisations')}, [el('h2', {text: t('organisations')}),
    el('div', {class: 'orglist'}, [table])]));

  const main = el('main');
  const canvas = el('canvas', {tabindex: '0', role: 'img', 'aria-label': t('map') + ': ' + D.title, id: 'map'});
  main.appendChild(canvas);
  const panel = el('aside', {class: 'panel', id: 'panel', 'aria-label': t('profile')});
  panel.hidden = true;
  document.body.append(header, controls, main, panel);
  const ctx = canvas.getContext('2d');

  // ---- legend -------------------------------------------------------------------------------
  function swatch(draw) {
    const c = el('canvas', {width: 28, height: 14, 'aria-hidden': 'true'});
    draw(c.getContext('2d'));
    return c;
  }
  function buildLegend() {
    ui.legend.textContent = '';
    ui.legend.appendChild(el('h2', {text: t('legend')}));
    ui.legend.appendChild(el('h3', {text: t('colour_by') + ': ' + t(S.colour)}));
    for (const [, text, colour, count] of colourKeys)
      ui.legend.appendChild(el('div', {class: 'legend-row'}, [swatch((g) => {
        g.fillStyle = colour; g.strokeStyle = '#374151'; g.beginPath(); g.arc(14, 7, 5.5, 0, 7); g.fill(); g.stroke();
      }), el('span', {text: text + ' (' + count + ')'})]));
    if (S.size !== 'none') ui.legend.appendChild(el('p', {text: t('size_by') + ': ' + t(S.size)}));
    const statuses = new Map();
    for (let k = 0; k < F; ++k) if (flowShown[k]) statuses.set(statusOf(k), (statuses.get(statusOf(k)) || 0) + 1);
    if (statuses.size || D.recommended.length) ui.legend.appendChild(el('h3', {text: t('lines')}));
    const line = (st) => swatch((g) => {
      g.strokeStyle = st.color; g.lineWidth = st.width; g.setLineDash(st.dash);
      g.beginPath(); g.moveTo(1, 7); g.lineTo(27, 7); g.stroke();
    });
    for (const code of C.status) if (statuses.has(code))
      ui.legend.appendChild(el('div', {class: 'legend-row'}, [line(lineStyle(code)),
        el('span', {text: label('flow_status', code) + ' (' + statuses.get(code) + ')'})]));
    if (D.recommended.length)
      ui.legend.appendChild(el('div', {class: 'legend-row'}, [line(lineStyles.recommended), el('span', {text: t('recommended')})]));
  }

  // ---- camera --------------------------------------------------------------------------------
  let W = 0, H = 0, dpr = 1;
  const sx = (i) => (px[i] - S.x) * S.k + W / 2;
  const sy = (i) => (py[i] - S.y) * S.k + H / 2;
  function fit() {
    let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    for (let i = 0; i < N; ++i) if (orgShown[i] || (!shownOrgs && inView[i])) {
      x0 = Math.min(x0, px[i]); x1 = Math.max(x1, px[i]); y0 = Math.min(y0, py[i]); y1 = Math.max(y1, py[i]);
    }
    if (!isFinite(x0)) { S.x = 0; S.y = 0; S.k = 1; return; }
    // Room on the right for the names written beside the nodes.
    const right = Math.min(220, W / 4), margin = Math.min(40, W / 8, H / 8);
    S.k = Math.max(1e-3, Math.min((W - margin - right) / Math.max(1, x1 - x0), (H - margin) / Math.max(1, y1 - y0), 4));
    S.x = (x0 + x1) / 2 + right / 2 / S.k; S.y = (y0 + y1) / 2;
  }
  // The camera follows the window's size until the user moves it (a frame may be laid out at
  // its final size only after the script has run).
  let userMoved = false;
  function resize() {
    const r = main.getBoundingClientRect();
    dpr = window.devicePixelRatio || 1;
    W = Math.max(1, r.width); H = Math.max(1, r.height);
    if (!userMoved && !fromHash) fit();
    canvas.width = Math.round(W * dpr); canvas.height = Math.round(H * dpr);
    snapshot = null; painted = false;
    draw();
  }
  function zoomBy(f, cx, cy) {
    if (cx === undefined) { cx = W / 2; cy = H / 2; }
    const wx = (cx - W / 2) / S.k + S.x, wy = (cy - H / 2) / S.k + S.y;
    S.k = Math.min(50, Math.max(1e-3, S.k * f));
    userMoved = true;
    S.x = wx - (cx - W / 2) / S.k; S.y = wy - (cy - H / 2) / S.k;
    moving(); draw(); saveState();
  }
  function panBy(dx, dy) { S.x -= dx / S.k; S.y -= dy / S.k; userMoved = true; moving(); draw(); saveState(); }

  // ---- drawing -------------------------------------------------------------------------------
  // While the view moves on a crowded map, frames show the last full drawing moved and scaled
  // (a bitmap copy), and the full drawing follows when the movement stops. On a crowded map the
  // flows of that full drawing are rasterised a slice per frame into a buffer (progressive
  // drawing), so that no frame waits for tens of thousands of lines; the screen keeps the last
  // picture until the buffer holds every line.
  let frameRequested = false, lastMove = -1e9, fullTimer = 0, snapshot = null, painted = false;
  function draw() {
    if (frameRequested) return;
    frameRequested = true;
    requestAnimationFrame(() => { frameRequested = false; if (!moved()) paint(); });
  }
  function moving() {
    lastMove = performance.now();
    job = null;
    clearTimeout(fullTimer);
    fullTimer = setTimeout(() => { lastMove = -1e9; draw(); }, 180);
  }
  function moved() {
    if (!snapshot || performance.now() - lastMove > 160) return false;
    const s = S.k / snapshot.k;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, W, H);
    ctx.drawImage(snapshot.canvas, W / 2 - (W / 2) * s + (snapshot.x - S.x) * S.k,
      H / 2 - (H / 2) * s + (snapshot.y - S.y) * S.k, W * s, H * s);
    return true;
  }
  function keepSnapshot(crowded) {
    if (!crowded) { snapshot = null; return; }
    const c = snapshot && snapshot.canvas.width === canvas.width && snapshot.canvas.height === canvas.height
      ? snapshot.canvas : el('canvas', {width: canvas.width, height: canvas.height});
    const g = c.getContext('2d');
    g.setTransform(1, 0, 0, 1, 0, 0);
    g.clearRect(0, 0, c.width, c.height);
    g.drawImage(canvas, 0, 0);
    snapshot = {canvas: c, x: S.x, y: S.y, k: S.k};
  }
  const labelWidth = new Float32Array(N).fill(-1);
  const byImportance = Array.from({length: N}, (_, i) => i)
    .sort((a, b) => D.degree[b] - D.degree[a] || D.betweenness[b] - D.betweenness[a] || a - b);
  let match = -1;
  function visibleFlows(fn) {
    for (let k = 0; k < F; ++k) {
      if (!flowShown[k]) continue;
      const a = fFrom[k], b = fTo[k];
      if (a === b) continue;
      const x1 = sx(a), y1 = sy(a), x2 = sx(b), y2 = sy(b);
      if ((x1 < 0 && x2 < 0) || (x1 > W && x2 > W) || (y1 < 0 && y2 < 0) || (y1 > H && y2 > H)) continue;
      fn(k, x1, y1, x2, y2);
    }
  }
  // A crowded map's lines are thin, solid and opaque, in their status colour mixed with white as
  // a 35 % alpha would (dashes, wide or translucent lines cost seconds to rasterise).
  const CROWDED = 5000;
  function crowdedColour(hex) {
    const v = parseInt(hex.slice(1), 16), mix = (c) => Math.round(255 - 0.35 * (255 - c));
    return 'rgb(' + mix(v >> 16) + ',' + mix((v >> 8) & 255) + ',' + mix(v & 255) + ')';
  }
  // The visible flows' end points in screen pixels, grouped by status in code order.
  function flowSegments() {
    const byStatus = new Map();
    visibleFlows((k, x1, y1, x2, y2) => {
      const st = statusOf(k);
      let list = byStatus.get(st);
      if (!list) byStatus.set(st, (list = []));
      list.push(x1, y1, x2, y2);
    });
    const groups = [];
    let count = 0;
    for (const st of C.status.concat([...byStatus.keys()].filter((s) => !C.status.includes(s))))
      if (byStatus.has(st)) { groups.push([st, byStatus.get(st)]); count += byStatus.get(st).length / 4; }
    return {groups: groups, count: count};
  }
  // The buffer of a crowded map's flows, reused while the camera and the shown flows stay.
  let job = null, buffer = null;
  const bufferFlows = new Uint8Array(F);
  function bufferFits() {
    if (!buffer || !buffer.done || buffer.x !== S.x || buffer.y !== S.y || buffer.k !== S.k || buffer.w !== canvas.width ||
      buffer.h !== canvas.height) return false;
    for (let k = 0; k < F; ++k) if (bufferFlows[k] !== flowShown[k]) return false;
    return true;
  }
  function paint() {
    if (bufferFits()) { compose(null); return; }
    const segs = flowSegments();
    if (segs.count <= CROWDED) { job = null; compose(segs); return; }
    if (!buffer || buffer.canvas.width !== canvas.width || buffer.canvas.height !== canvas.height) {
      const c = el('canvas', {width: canvas.width, height: canvas.height});
      buffer = {canvas: c, g: c.getContext('2d', {willReadFrequently: true})};
    }
    Object.assign(buffer, {done: false, x: S.x, y: S.y, k: S.k, w: canvas.width, h: canvas.height});
    bufferFlows.set(flowShown);
    const g = buffer.g;
    g.setTransform(1, 0, 0, 1, 0, 0);
    g.fillStyle = '#fff';
    g.fillRect(0, 0, buffer.canvas.width, buffer.canvas.height);
    g.setTransform(dpr, 0, 0, dpr, 0, 0);
    g.lineWidth = 1;
    job = {groups: segs.groups, group: 0, at: 0, slice: 2000};
    // The first picture of the page, or one after a resize: the organisations while the flows come.
    if (!painted) compose({groups: [], count: segs.count});
    requestAnimationFrame(paintSlices);
  }
  // Rasterises slices of the job's flows for about 14 ms, then yields to the next frame; once
  // every flow is in the buffer, composes the picture.
  function paintSlices() {
    if (!job) return;
    const start = performance.now(), g = buffer.g;
    while (job.group < job.groups.length && performance.now() - start < 14) {
      const [st, list] = job.groups[job.group];
      const end = Math.min(list.length, job.at + 4 * job.slice), t0 = performance.now();
      g.strokeStyle = crowdedColour(lineStyle(st).color);
      g.beginPath();
      for (let i = job.at; i < end; i += 4) { g.moveTo(list[i], list[i + 1]); g.lineTo(list[i + 2], list[i + 3]); }
      g.stroke();
      g.getImageData(0, 0, 1, 1);  // rasterise this slice now, so that its time is this frame's
      const took = performance.now() - t0;
      job.slice = Math.max(200, Math.min(20000, Math.round(job.slice * (took > 0 ? Math.min(2, 7 / took) : 2))));
      job.at = end;
      if (job.at >= list.length) { job.group++; job.at = 0; }
    }
    if (job.group < job.groups.length) { requestAnimationFrame(paintSlices); return; }
    job = null;
    buffer.done = true;
    compose(null);
  }
  // Draws the picture: the flows (from `segs`, or from the buffer when `segs` is null), the
  // recommended links, the selection, the organisations and their names.
  function compose(segs) {
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    if (segs) {
      ctx.fillStyle = '#fff';
      ctx.fillRect(0, 0, canvas.width, canvas.height);
    } else {
      ctx.drawImage(buffer.canvas, 0, 0);
    }
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    const crowded = !segs;
    const onScreen = segs ? segs.count : CROWDED + 1;
    if (segs) for (const [st, list] of segs.groups) {
      const style = lineStyle(st);
      ctx.strokeStyle = style.color; ctx.lineWidth = style.width; ctx.setLineDash(style.dash);
      ctx.globalAlpha = 0.8;
      ctx.beginPath();
      for (let i = 0; i < list.length; i += 4) { ctx.moveTo(list[i], list[i + 1]); ctx.lineTo(list[i + 2], list[i + 3]); }
      ctx.stroke();
    }
    ctx.globalAlpha = 1;
    if (D.recommended.length) {
      const st = lineStyles.recommended;
      ctx.strokeStyle = st.color; ctx.lineWidth = st.width; ctx.setLineDash(st.dash);
      ctx.beginPath();
      for (const [a, b] of D.recommended) if (orgShown[a] && orgShown[b]) { ctx.moveTo(sx(a), sy(a)); ctx.lineTo(sx(b), sy(b)); }
      ctx.stroke();
    }
    ctx.setLineDash([]);
    if (onScreen < 3000) {
      visibleFlows((k, x1, y1, x2, y2) => {
        const r = radius(fTo[k]) + 1, dx = x2 - x1, dy = y2 - y1, len = Math.hypot(dx, dy);
        if (len < r + 8) return;
        const ux = dx / len, uy = dy / len, tx = x2 - ux * r, ty = y2 - uy * r, a = 7, w = 3.5;
        ctx.fillStyle = lineStyle(statusOf(k)).color;
        ctx.beginPath(); ctx.moveTo(tx, ty); ctx.lineTo(tx - ux * a - uy * w, ty - uy * a + ux * w);
        ctx.lineTo(tx - ux * a + uy * w, ty - uy * a - ux * w); ctx.closePath(); ctx.fill();
      });
    }
    // Selected organisation's flows drawn again on top.
    const selected = S.sel;
    if (selected >= 0) {
      ctx.lineWidth = 2.5;
      for (const k of outOf[selected].concat(inOf[selected])) if (flowShown[k] && fFrom[k] !== fTo[k]) {
        const st = lineStyle(statusOf(k));
        ctx.strokeStyle = st.color; ctx.setLineDash(st.dash);
        ctx.beginPath(); ctx.moveTo(sx(fFrom[k]), sy(fFrom[k])); ctx.lineTo(sx(fTo[k]), sy(fTo[k])); ctx.stroke();
      }
      ctx.setLineDash([]);
    }
    // Organisations, one path per fill colour.
    const nodes = new Map();
    const onScreenNodes = [];
    for (let i = 0; i < N; ++i) {
      if (!orgShown[i]) continue;
      const x = sx(i), y = sy(i), r = radius(i);
      if (x < -r || y < -r || x > W + r || y > H + r) continue;
      onScreenNodes.push(i);
      let p = nodes.get(fill[i]);
      if (!p) { p = new Path2D(); nodes.set(fill[i], p); }
      p.moveTo(x + r, y); p.arc(x, y, r, 0, 2 * Math.PI);
    }
    ctx.strokeStyle = '#374151'; ctx.lineWidth = onScreenNodes.length > 2000 ? 0.5 : 1;
    for (const [colour, p] of nodes) { ctx.fillStyle = colour; ctx.fill(p); ctx.stroke(p); }
    for (const i of [selected, match]) if (i >= 0 && orgShown[i]) {
      ctx.strokeStyle = i === selected ? '#111827' : '#f59e0b'; ctx.lineWidth = 3;
      ctx.beginPath(); ctx.arc(sx(i), sy(i), radius(i) + 4, 0, 2 * Math.PI); ctx.stroke();
    }
    paintLabels(onScreenNodes);
    painted = true;
    const whole = !job;
    if (whole) keepSnapshot(crowded && W * H > 0);
    canvas.dataset.drawn = whole ? '1' : '0';
  }
  // Names where they fit: most connected first, each skipped when it would overlap a name
  // already placed, so that no text is ever drawn over text.
  function paintLabels(onScreenNodes) {
    const zoomedIn = S.k >= 0.6 || onScreenNodes.length <= 150;
    const first = [S.sel, match].filter((i) => i >= 0 && orgShown[i]);
    if (!zoomedIn && !first.length) return;
    ctx.font = '12px system-ui, sans-serif';
    ctx.textBaseline = 'middle';
    const placed = [];
    const cell = 128, grid = new Map();
    const overlaps = (b) => {
      for (let gx = Math.floor(b[0] / cell); gx <= Math.floor(b[2] / cell); ++gx)
        for (let gy = Math.floor(b[1] / cell); gy <= Math.floor(b[3] / cell); ++gy)
          for (const o of grid.get(gx + ',' + gy) || [])
            if (b[0] < o[2] && o[0] < b[2] && b[1] < o[3] && o[1] < b[3]) return true;
      return false;
    };
    const add = (b) => {
      for (let gx = Math.floor(b[0] / cell); gx <= Math.floor(b[2] / cell); ++gx)
        for (let gy = Math.floor(b[1] / cell); gy <= Math.floor(b[3] / cell); ++gy) {
          const key = gx + ',' + gy;
          if (!grid.has(key)) grid.set(key, []);
          grid.get(key).push(b);
        }
    };
    const onScreen = new Uint8Array(N);
    for (const i of onScreenNodes) onScreen[i] = 1;
    const order = zoomedIn ? first.concat(byImportance) : first;
    let tried = 0;
    for (const i of order) {
      if (!onScreen[i] || tried > 4000 || placed.length > 600) continue;
      onScreen[i] = 0;  // once
      ++tried;
      const name = orgName(i);
      if (labelWidth[i] < 0) labelWidth[i] = ctx.measureText(name).width;
      const x = sx(i) + radius(i) + 3, y = sy(i);
      const b = [x - 1, y - 8, x + labelWidth[i] + 1, y + 8];
      if (overlaps(b)) continue;
      add(b);
      placed.push([i, x, y]);
    }
    ctx.lineJoin = 'round';
    for (const [i, x, y] of placed) {
      ctx.strokeStyle = 'rgba(255,255,255,0.9)'; ctx.lineWidth = 3; ctx.strokeText(orgName(i), x, y);
      ctx.fillStyle = '#111827'; ctx.fillText(orgName(i), x, y);
    }
    canvas.dataset.labels = String(placed.length);
    lastLabels = placed;
  }
  let lastLabels = [];

  // ---- selection and side panel ---------------------------------------------------------------
  function centreOn(i) {
    if (!inView[i]) return;
    S.x = px[i]; S.y = py[i];
    if (S.k < 1) S.k = 1;
    userMoved = true;
  }
  function select(i, centre) {
    S.sel = i;
    if (i < 0) S.ego = 0;
    if (i >= 0 && centre) centreOn(i);
    showPanel();
    // The panel narrows the map: keep the chosen organisation in sight.
    if (i >= 0 && inView[i] && (sx(i) < 20 || sx(i) > W - 20 || sy(i) < 20 || sy(i) > H - 20)) { S.x = px[i]; S.y = py[i]; }
    recompute();
  }
  function dl(rows) {
    const d = el('dl');
    for (const [k, v] of rows) if (v !== undefined && v !== '' && !(Array.isArray(v) && !v.length)) {
      d.appendChild(el('dt', {text: k}));
      d.appendChild(el('dd', {text: Array.isArray(v) ? v.join('; ') : v}));
    }
    return d;
  }
  function flowTable(list, outgoing) {
    const tb = el('tbody');
    for (const k of list) {
      const other = outgoing ? fTo[k] : fFrom[k];
      const st = statusOf(k);
      tb.appendChild(el('tr', {class: 'flow', 'data-status': st}, [
        el('td', null, [button(orgName(other), () => select(other, true))]),
        el('td', {class: 'st-' + st, text: label('flow_status', st)}),
        el('td', {text: C.basis[fBasis[k]] ? label('flow_basis', C.basis[fBasis[k]]) : ''}),
        el('td', {text: C.regularity[fReg[k]] || ''}),
        el('td', {text: C.population[fPop[k]] || ''}),
        el('td', {text: fObst[k].map((o) => label('obstacle', C.obstacle[o])).join('; ')})]));
    }
    return el('table', {class: outgoing ? 'flows-out' : 'flows-in'}, [el('thead', null, [el('tr', null,
      [t('partner'), t('status'), t('basis'), t('regularity'), t('population'), t('obstacles')]
        .map((h) => el('th', {scope: 'col', text: h})))]), tb]);
  }
  function showPanel() {
    panel.textContent = '';
    const i = S.sel;
    if (i < 0) { panel.hidden = true; resize(); return; }
    const o = D.orgs[i];
    const lab = (facet, v) => (v || []).map((c) => label(facet, c));
    panel.appendChild(el('div', {class: 'tools'}, [
      button(t('close'), () => select(-1)),
      button(t('ego_off'), () => { S.ego = 0; recompute(); }, {'aria-pressed': String(S.ego === 0)}),
      button(t('ego_1'), () => { S.ego = 1; recompute(); fit(); draw(); }, {'aria-pressed': String(S.ego === 1)}),
      button(t('ego_2'), () => { S.ego = 2; recompute(); fit(); draw(); }, {'aria-pressed': String(S.ego === 2)})]));
    panel.appendChild(el('h2', {text: orgName(i), id: 'panel-title'}));
    if (!inView[i]) panel.appendChild(el('p', {text: t('not_in_view')}));
    panel.appendChild(dl([[t('id'), o.id], [t('aliases'), o.aliases || []], [t('kind'), o.kind ? label('kind', o.kind) : ''],
      [t('level'), o.level ? label('level', o.level) : ''], [t('languages'), lab('language', o.languages)],
      [t('territories'), (o.territories || []).map((x) => D.territories[x] || x)], [t('domains'), lab('domain', o.domains)],
      [t('publics'), lab('public', o.publics)], [t('services'), lab('service', o.services)],
      [t('support_role'), o.support_role ? label('support_role', o.support_role) : ''],
      [t('focal_point'), o.focal_point ? label('willingness', o.focal_point) : ''],
      [t('willing'), o.willing ? label('willingness', o.willing) : ''], [t('obstacles'), lab('obstacle', o.obstacles)]]
      .concat((o.attributes || []).map((a) => [a[0], a[1]]))));
    panel.appendChild(el('h3', {text: t('metrics')}));
    panel.appendChild(dl([[t('betweenness'), String(D.betweenness[i])], [t('degree'), String(D.degree[i])],
      [t('community'), D.community[i] >= 0 ? String(D.community[i] + 1) : '']]));
    if (D.silo[i].length) {
      panel.appendChild(el('h3', {text: t('silo_reasons')}));
      panel.appendChild(el('ul', null, D.silo[i].map((r) => el('li', {text: r}))));
    }
    panel.appendChild(el('h3', {text: t('flows_out', {flows: outOf[i].length})}));
    if (outOf[i].length) panel.appendChild(flowTable(outOf[i], true));
    panel.appendChild(el('h3', {text: t('flows_in', {flows: inOf[i].length})}));
    if (inOf[i].length) panel.appendChild(flowTable(inOf[i], false));
    panel.hidden = false;
    resize();
  }

  // ---- search ----------------------------------------------------------------------------------
  function matches(q) {
    const f = fold(q.trim());
    if (!f) return [];
    const out = [];
    for (let i = 0; i < N && out.length < 20; ++i) if (folded[i].some((s) => s.includes(f))) out.push(i);
    return out;
  }
  function showResults() {
    const found = matches(ui.search.value);
    ui.results.textContent = '';
    ui.results.hidden = !ui.search.value.trim();
    if (!found.length && ui.search.value.trim())
      ui.results.appendChild(el('li', {text: t('search_none', {query: ui.search.value})}));
    for (const i of found)
      ui.results.appendChild(el('li', {role: 'option'}, [button(orgName(i), () => pick(i))]));
    match = found.length ? found[0] : -1;
    draw();
  }
  function pick(i) {
    ui.results.hidden = true;
    match = i;
    ui.announce.textContent = t('search_found', {name: orgName(i)});
    select(i, true);
    canvas.focus();
  }
  ui.search.addEventListener('input', showResults);
  ui.search.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') { const f = matches(ui.search.value); if (f.length) pick(f[0]); e.preventDefault(); }
    else if (e.key === 'ArrowDown') { const b = ui.results.querySelector('button'); if (b) { b.focus(); e.preventDefault(); } }
    else if (e.key === 'Escape') { ui.results.hidden = true; }
  });

  // ---- input -------------------------------------------------------------------------------------
  function nodeAt(x, y) {
    let best = -1, bestD = Infinity;
    for (let i = 0; i < N; ++i) {
      if (!orgShown[i]) continue;
      const d = Math.hypot(sx(i) - x, sy(i) - y);
      if (d <= radius(i) + 4 && d < bestD) { best = i; bestD = d; }
    }
    return best;
  }
  const pointers = new Map();
  let dragged = false, pinch = 0;
  canvas.addEventListener('pointerdown', (e) => {
    canvas.setPointerCapture(e.pointerId);
    pointers.set(e.pointerId, [e.offsetX, e.offsetY]);
    dragged = false;
    if (pointers.size === 2) { const [a, b] = [...pointers.values()]; pinch = Math.hypot(a[0] - b[0], a[1] - b[1]); }
  });
  canvas.addEventListener('pointermove', (e) => {
    const last = pointers.get(e.pointerId);
    if (!last) return;
    if (pointers.size === 2) {
      pointers.set(e.pointerId, [e.offsetX, e.offsetY]);
      const [a, b] = [...pointers.values()], d = Math.hypot(a[0] - b[0], a[1] - b[1]);
      if (pinch > 0) zoomBy(d / pinch, (a[0] + b[0]) / 2, (a[1] + b[1]) / 2);
      pinch = d; dragged = true;
      return;
    }
    const dx = e.offsetX - last[0], dy = e.offsetY - last[1];
    if (Math.abs(dx) + Math.abs(dy) > 0) {
      if (dragged || Math.abs(dx) + Math.abs(dy) > 3) { dragged = true; panBy(dx, dy); pointers.set(e.pointerId, [e.offsetX, e.offsetY]); }
    }
  });
  const release = (e) => {
    if (pointers.has(e.pointerId) && !dragged && pointers.size === 1) {
      const i = nodeAt(e.offsetX, e.offsetY);
      if (i >= 0) select(i, false);
    }
    pointers.delete(e.pointerId);
    if (pointers.size < 2) pinch = 0;
  };
  canvas.addEventListener('pointerup', release);
  canvas.addEventListener('pointercancel', (e) => { pointers.delete(e.pointerId); pinch = 0; });
  canvas.addEventListener('wheel', (e) => {
    e.preventDefault();
    const f = Math.exp(-e.deltaY * (e.ctrlKey ? 0.01 : 0.002));
    zoomBy(f, e.offsetX, e.offsetY);
  }, {passive: false});
  canvas.addEventListener('keydown', (e) => {
    const step = 60;
    const keys = {'+': () => zoomBy(1.4), '=': () => zoomBy(1.4), '-': () => zoomBy(1 / 1.4), '_': () => zoomBy(1 / 1.4),
      ArrowLeft: () => panBy(step, 0), ArrowRight: () => panBy(-step, 0), ArrowUp: () => panBy(0, step),
      ArrowDown: () => panBy(0, -step), '0': () => { fit(); draw(); saveState(); }};
    if (keys[e.key]) { keys[e.key](); e.preventDefault(); }
  });
  document.addEventListener('keydown', (e) => {
    if (e.key === '/' && document.activeElement !== ui.search) { ui.search.focus(); e.preventDefault(); }
    else if (e.key === 'Escape' && S.sel >= 0 && document.activeElement !== ui.search) select(-1);
  });
  window.addEventListener('resize', resize);

  // ---- SVG of the current view ----------------------------------------------------------------
  function saveSvg() {
    const parts = ['<svg xmlns="http://www.w3.org/2000/svg" width="' + Math.round(W) + '" height="' + Math.round(H) +
      '" viewBox="0 0 ' + Math.round(W) + ' ' + Math.round(H) + '" font-family="sans-serif" font-size="12">',
      '<rect width="100%" height="100%" fill="#fff"/>', '<title>' + xml(D.title) + '</title>'];
    visibleFlows((k, x1, y1, x2, y2) => {
      const st = lineStyle(statusOf(k));
      parts.push('<line x1="' + x1.toFixed(1) + '" y1="' + y1.toFixed(1) + '" x2="' + x2.toFixed(1) + '" y2="' + y2.toFixed(1) +
        '" stroke="' + st.color + '" stroke-width="' + st.width + '"' + (st.dash.length ? ' stroke-dasharray="' + st.dash.join(' ') + '"' : '') + '/>');
    });
    for (let i = 0; i < N; ++i) {
      if (!orgShown[i]) continue;
      const x = sx(i), y = sy(i), r = radius(i);
      if (x < -r || y < -r || x > W + r || y > H + r) continue;
      parts.push('<circle cx="' + x.toFixed(1) + '" cy="' + y.toFixed(1) + '" r="' + r.toFixed(1) + '" fill="' + fill[i] +
        '" stroke="#374151"><title>' + xml(orgName(i)) + '</title></circle>');
    }
    for (const [i, x, y] of lastLabels)
      parts.push('<text x="' + x.toFixed(1) + '" y="' + (y + 4).toFixed(1) + '" stroke="#fff" stroke-width="3" paint-order="stroke">' +
        xml(orgName(i)) + '</text>');
    parts.push('</svg>');
    const a = el('a', {download: 'stakemap-view.svg'});
    a.href = URL.createObjectURL(new Blob([parts.join('\n')], {type: 'image/svg+xml'}));
    document.body.appendChild(a);
    a.click();
    setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  }

  // ---- start -----------------------------------------------------------------------------------
  const fromHash = decodeState(location.hash);
  ui.colour.value = S.colour;
  ui.size.value = S.size;
  if (fromHash) buildFilters();
  for (let i = 0; i < N; ++i) orgShown[i] = inView[i];
  if (S.sel >= 0) showPanel();
  resize();
  recompute();
  window.addEventListener('hashchange', () => { if (decodeState(location.hash)) { buildFilters(); showPanel(); recompute(); } });
  // Read-only views of the page's state for tests/browser (they change nothing).
  window.__stakemapTest = {
    state: () => ({x: Number(S.x.toFixed(1)), y: Number(S.y.toFixed(1)), k: Number(S.k.toPrecision(4)), sel: S.sel, ego: S.ego, colour: S.colour, size: S.size, xs: [...S.xs],
      xb: [...S.xb], xp: [...S.xp], terr: S.terr, dom: S.dom, lvl: S.lvl, obst: S.obst}),
    screenPoint: (id) => {
      const i = D.orgs.findIndex((o) => o.id === id), r = canvas.getBoundingClientRect();
      return [r.left + sx(i), r.top + sy(i)];
    },
    shownStatuses: () => {
      const out = {};
      for (let k = 0; k < F; ++k) if (flowShown[k]) out[statusOf(k)] = (out[statusOf(k)] || 0) + 1;
      return out;
    },
    ui: (id) => t(id)
  };
  requestAnimationFrame(() => { document.body.dataset.ready = '1'; setTimeout(() => addRows(0), 0); });
})();
