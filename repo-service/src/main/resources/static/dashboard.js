'use strict';
// The livecd dashboard: renders each snapshot the server pushes on /api/v1/events; the
// ops token stays in this tab's sessionStorage and is sent only with rollback and pin.
const TOKEN_KEY = 'livecd.opsToken';
let state = null;
let armed = null;

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  Object.entries(attrs || {}).forEach(([k, v]) => {
    if (k === 'class') node.className = v;
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else if (v === true) node.setAttribute(k, '');
    else if (v !== false && v != null) node.setAttribute(k, v);
  });
  children.flat(Infinity).forEach((c) => node.append(c instanceof Node ? c : document.createTextNode(c == null ? '' : String(c))));
  return node;
}

function when(iso) {
  if (!iso) return '';
  const t = new Date(iso);
  const minutes = Math.round((Date.now() - t.getTime()) / 60000);
  const ago = minutes < 1 ? 'just now' : minutes < 90 ? minutes + ' min ago' : Math.round(minutes / 60) + ' h ago';
  return t.toISOString().replace('T', ' ').slice(0, 19) + ' UTC (' + ago + ')';
}

function build(target) { return target ? '#' + target.build : '—'; }
function token() { return sessionStorage.getItem(TOKEN_KEY); }

function say(text, kind) {
  const box = document.getElementById('message');
  box.textContent = text;
  box.className = kind;
  box.hidden = false;
}

function previousBuild(alias) {
  const job = state.jobs.find((j) => j.job === alias.job);
  if (!job || !alias.target) return null;
  const older = job.builds.map((b) => b.build).filter((n) => n < alias.target.build);
  return older.length ? Math.max(...older) : null;
}

function warmAt(alias) {
  if (!alias.target) return [];
  return state.locations.filter((l) => l.warm.length || l.lastFailure).map((l) => {
    const warm = l.warm.some((f) => f.job === alias.target.job && f.file === alias.target.file && f.build === alias.target.build);
    return el('span', { class: 'badge ' + (warm ? 'ok' : 'warn'), title: warm ? 'the mirror holds this build' : 'the mirror has not reported this build' },
      l.location + (warm ? ' ✓ warm' : ' cold'));
  });
}

async function call(method, path, body) {
  const response = await fetch(path, {
    method, headers: { 'Content-Type': 'application/json', Authorization: 'Bearer ' + token() },
    body: body ? JSON.stringify(body) : undefined,
  });
  const json = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error((json.title || response.status) + ': ' + (json.detail || response.statusText));
  return json;
}

function lastMove(alias) {
  const move = state.history.find((m) => m.alias === alias.alias);
  return move ? ' by ' + move.actor + (move.previous ? ', from ' + build(move.previous) : '') : '';
}

function rollbackButton(alias) {
  const to = previousBuild(alias);
  const isArmed = armed === alias.alias;
  const label = to == null ? 'No earlier build' : isArmed ? 'Confirm rollback to #' + to : 'Roll back to #' + to;
  return el('button', {
    class: 'rollback' + (isArmed ? ' armed' : ''), 'data-to-build': to,
    disabled: !token() || to == null || alias.pinnedBuild != null,
    title: alias.pinnedBuild != null ? 'pinned: unpin first' : '',
    onclick: () => {
      if (!isArmed) { armed = alias.alias; render(); setTimeout(() => { if (armed === alias.alias) { armed = null; render(); } }, 6000); return; }
      armed = null;
      call('POST', '/api/v1/aliases/' + encodeURIComponent(alias.alias) + '/rollback', { toBuild: to })
        .then((r) => say(r.alias + ' rolled back from ' + build(r.previous) + ' to ' + build(r.target), 'ok'))
        .catch((e) => say('Rollback of ' + alias.alias + ' refused — ' + e.message, 'bad'))
        .finally(render);
    },
  }, label);
}

function pinButton(alias) {
  const pinned = alias.pinnedBuild != null;
  const path = '/api/v1/aliases/' + encodeURIComponent(alias.alias) + '/pin';
  return el('button', {
    class: pinned ? 'unpin' : 'pin', disabled: !token() || !alias.target,
    onclick: () => (pinned ? call('DELETE', path) : call('PUT', path, { build: alias.target.build }))
      .then(() => say(alias.alias + (pinned ? ' unpinned' : ' pinned to ' + build(alias.target)), 'ok'))
      .catch((e) => say((pinned ? 'Unpin' : 'Pin') + ' of ' + alias.alias + ' refused — ' + e.message, 'bad')),
  }, pinned ? 'Unpin' : 'Pin ' + build(alias.target));
}

function aliasRow(a) {
  if (!a.target) {
    return el('tr', { 'data-alias': a.alias }, el('td', {}, el('strong', {}, a.alias), el('div', { class: 'muted' }, a.job)),
      el('td', {}, el('span', { class: 'build target-build' }, '—')), el('td', { class: 'muted', colspan: 4 }, 'no build published yet'));
  }
  return el('tr', { 'data-alias': a.alias },
    el('td', {}, el('strong', {}, a.alias), el('div', { class: 'muted' }, a.job)),
    el('td', {}, el('span', { class: 'build target-build' }, build(a.target)),
      a.pinnedBuild != null ? el('span', { class: 'badge info' }, 'pinned') : ''),
    el('td', { class: 'mono' }, a.target ? a.target.file : ''),
    el('td', {}, a.reason ? el('span', { class: 'badge ' + (a.reason === 'publish' ? 'ok' : 'warn') }, a.reason) : '',
      el('span', { class: 'muted' }, lastMove(a)), el('div', { class: 'muted' }, when(a.updatedAt))),
    el('td', {}, warmAt(a)),
    el('td', {}, el('div', { class: 'actions' }, rollbackButton(a), pinButton(a))));
}

function locationCard(l) {
  const params = l.foreman.map((p) => [el('dt', {}, p.name), el('dd', {}, el('span', { class: 'mono' }, p.value), el('div', { class: 'muted' }, when(p.time)))]);
  const newest = l.warm.reduce((t, f) => (!t || f.time > t ? f.time : t), null);
  return el('div', { class: 'card', 'data-location': l.location }, el('h3', {}, l.location),
    el('dl', {},
      el('dt', {}, 'mirror'), el('dd', {}, l.warm.length + (l.warm.length === 1 ? ' file warm' : ' files warm'), el('div', { class: 'muted' }, newest ? 'last ' + when(newest) : 'no report')),
      el('dt', {}, 'last failure'), el('dd', {}, l.lastFailure
        ? [el('span', { class: 'badge bad' }, l.lastFailure.file + ' #' + l.lastFailure.build), el('div', { class: 'muted' }, l.lastFailure.reason + ', ' + when(l.lastFailure.time))]
        : el('span', { class: 'badge ok' }, 'none')),
      params.length ? params : [el('dt', {}, 'Foreman'), el('dd', { class: 'muted' }, 'no parameter set yet')]));
}

function jobBlock(j) {
  const rows = j.builds.map((b) => el('tr', { 'data-build': b.build },
    el('td', { class: 'num' }, '#' + b.build), el('td', { class: 'muted' }, when(b.publishedAt)),
    el('td', { class: 'mono' }, b.files.map((f) => f.name).join(', ')),
    el('td', {}, b.aliases.map((a) => el('span', { class: 'badge ok' }, a)), b.pinnedBy.map((a) => el('span', { class: 'badge info' }, 'pinned: ' + a)))));
  return el('div', { class: 'job' }, el('h3', {}, j.job, ' ', el('span', { class: 'muted' }, j.aliases.join(', '))),
    rows.length ? el('table', {}, el('thead', {}, el('tr', {}, el('th', {}, 'Build'), el('th', {}, 'Published'), el('th', {}, 'Files'), el('th', {}, 'Aliases'))), el('tbody', {}, rows))
      : el('div', { class: 'empty' }, 'no retained build'));
}

function historyRow(m) {
  return el('tr', {}, el('td', { class: 'muted' }, when(m.time)), el('td', {}, m.alias || ''),
    el('td', {}, el('span', { class: 'badge ' + (m.reason === 'publish' ? 'ok' : 'warn') }, m.reason)),
    el('td', { class: 'num' }, build(m.previous)), el('td', { class: 'num' }, build(m.target)), el('td', {}, m.actor));
}

function render() {
  const has = !!token();
  document.getElementById('token-state').textContent = has ? 'ops token set (this tab only)' : 'read-only: enter the ops token to act';
  document.getElementById('token-forget').hidden = !has;
  document.getElementById('token').hidden = has;
  document.getElementById('token-save').hidden = has;
  document.querySelector('label[for=token]').hidden = has;
  if (!state) return;
  document.querySelector('#aliases tbody').replaceChildren(...state.aliases.map(aliasRow));
  document.getElementById('locations').replaceChildren(...(state.locations.length ? state.locations.map(locationCard) : [el('div', { class: 'empty' }, 'no mirror or Foreman report yet')]));
  document.getElementById('jobs').replaceChildren(...state.jobs.map(jobBlock));
  document.querySelector('#history tbody').replaceChildren(...state.history.map(historyRow));
  document.getElementById('updated').textContent = 'updated ' + when(state.time);
}

function connect() {
  const source = new EventSource('/api/v1/events');
  const badge = document.getElementById('connection');
  source.addEventListener('snapshot', (e) => { state = JSON.parse(e.data); render(); });
  source.onopen = () => { badge.textContent = 'live'; badge.className = 'badge ok'; };
  source.onerror = () => { badge.textContent = 'reconnecting…'; badge.className = 'badge bad'; };
}

document.getElementById('token-form').addEventListener('submit', (e) => {
  e.preventDefault();
  const input = document.getElementById('token');
  if (input.value.trim()) sessionStorage.setItem(TOKEN_KEY, input.value.trim());
  input.value = '';
  render();
});
document.getElementById('token-forget').addEventListener('click', () => { sessionStorage.removeItem(TOKEN_KEY); render(); });
render();
connect();
