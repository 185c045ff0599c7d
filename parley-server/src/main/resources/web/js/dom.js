// DOM and API helpers shared by the views. Text always goes in as text nodes (never innerHTML),
// so article text and actor names cannot inject markup.

/** el('a', {href: '#/x', class: 'y'}, 'text', child, [more]) builds an element. */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') node.className = v;
    else if (k === 'dataset') Object.assign(node.dataset, v);
    else if (k.startsWith('on') && typeof v === 'function') node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? '' : v);
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(node, c);
    else node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

/** GET /api/... as JSON; throws an Error carrying the API's message on a 4xx/5xx. */
export async function api(path, params = {}) {
  const url = new URL(path, location.origin);
  for (const [k, v] of Object.entries(params)) {
    if (v === null || v === undefined || v === '') continue;
    for (const one of Array.isArray(v) ? v : [v]) url.searchParams.append(k, one);
  }
  const res = await fetch(url);
  const body = await res.json().catch(() => ({}));
  if (!res.ok) throw new Error(body.error || `${res.status} ${res.statusText}`);
  return body;
}

/** A route link: link('#/event/ev-1', 'text'). */
export const link = (href, ...children) => el('a', {href}, ...children);

/** The conflict marker: a visible ⚠ with a text alternative for screen readers. */
export function conflictMarker(fields) {
  const what = fields && fields.length ? `sources disagree on ${fields.join(', ')}` : 'sources disagree';
  return el('span', {class: 'conflict', title: what, role: 'img', 'aria-label': what}, '⚠');
}

/** A PLOVER type as a coloured chip. */
export function typeChip(type) {
  return el('span', {class: 'chip', style: `--c:${typeColor(type)}`}, type || '—');
}

const TYPE_COLORS = {
  AGREE: '#2e7d32', CONSULT: '#1565c0', SUPPORT: '#00838f', COOPERATE: '#558b2f', AID: '#6a1b9a',
  CONCEDE: '#8d6e63', RETREAT: '#795548', REQUEST: '#ef6c00', ACCUSE: '#c62828', REJECT: '#ad1457',
  THREATEN: '#d84315', SANCTION: '#4e342e', PROTEST: '#f9a825', COERCE: '#b71c1c', MOBILIZE: '#37474f',
  ASSAULT: '#000000',
};
export function typeColor(type) {
  return TYPE_COLORS[type] || '#607d8b';
}

/** "2024-06-20 (day)" style date with its precision and an "inferred" note. */
export function dateText(value, precision, inferred) {
  if (!value) return 'undated';
  return `${value}${precision && precision !== 'day' ? ` (${precision})` : ''}${inferred ? ' · inferred' : ''}`;
}

/** Actor names of one side: "Antony Blinken (USA)". */
export function actorText(actors) {
  return (actors || []).map(a => a.country && a.kind !== 'country' ? `${a.name} (${a.country})` : a.name).join(', ') || '—';
}

/** Formats a contract amount {value, currency} with the browser's currency formatting. */
export function money(amount) {
  if (!amount) return '—';
  try {
    return new Intl.NumberFormat('en-US', {style: 'currency', currency: amount.currency, maximumFractionDigits: 0})
      .format(amount.value);
  } catch (e) {
    return `${Number(amount.value).toLocaleString('en-US')} ${amount.currency}`;
  }
}

/** Parses "a=1&b=2" (after a hash route's "?") into an object of arrays-or-strings. */
export function queryOf(search) {
  const out = {};
  for (const [k, v] of new URLSearchParams(search)) {
    if (k in out) out[k] = [].concat(out[k], v);
    else out[k] = v;
  }
  return out;
}

/** Builds "#/path?k=v" from an object, skipping empty values. */
export function route(path, params = {}) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === null || v === undefined || v === '') continue;
    for (const one of Array.isArray(v) ? v : [v]) q.append(k, one);
  }
  const s = q.toString();
  return `#${path}${s ? '?' + s : ''}`;
}

/** Previous/next links for a paged list {total, offset, limit}. */
export function pager(page, hrefFor) {
  const {total, offset, limit} = page;
  const end = Math.min(total, offset + limit);
  return el('nav', {class: 'pager', 'aria-label': 'pages'},
    offset > 0 ? link(hrefFor(Math.max(0, offset - limit)), '← previous') : null,
    el('span', {}, total ? `${offset + 1}–${end} of ${total}` : 'nothing found'),
    end < total ? link(hrefFor(offset + limit), 'next →') : null);
}

/** The highlighted snippets of a search hit: the server escapes text and adds <mark>; only marks are kept. */
export function snippet(html) {
  const tpl = document.createElement('template');
  tpl.innerHTML = html;
  const out = el('span', {class: 'snippet'});
  for (const n of tpl.content.childNodes) {
    if (n.nodeType === Node.TEXT_NODE) out.append(n.textContent);
    else if (n.nodeName === 'MARK') out.append(el('mark', {}, n.textContent));
    else out.append(n.textContent);
  }
  return out;
}

/** Events folded: each act beneath the listed event it was said during (its `during` id). */
export function fold(events) {
  const actsOf = new Map(events.filter(e => !e.during).map(e => [e.id, []]));
  const rows = [];
  for (const e of events) {
    if (e.during && e.during !== e.id && actsOf.has(e.during)) actsOf.get(e.during).push(e);
    else rows.push(e);
  }
  return rows.map(e => ({event: e, acts: actsOf.get(e.id) || []}));
}

/**
 * Table rows of folded events: each meeting's row, then its acts' rows, hidden until its
 * "acts said there" button opens them. `rowOf` makes one row; `cell` is the column of the button.
 */
export function foldedRows(folded, rowOf, cell = 2) {
  return folded.flatMap(({event, acts}) => {
    const row = rowOf(event);
    if (!acts.length) return [row];
    const actRows = acts.map(a => {
      const r = rowOf(a);
      r.classList.add('act');
      r.hidden = true;
      return r;
    });
    // a dispute on a folded act shows on its meeting's row too
    const disputed = actRows.some(r => r.querySelector('.conflict')) ? ' ⚠' : '';
    const label = open => `${open ? '▾' : '▸'} ${acts.length} act${acts.length > 1 ? 's' : ''} said there${disputed}`;
    const toggle = el('button', {type: 'button', class: 'link fold', 'aria-expanded': 'false', onclick: () => {
      const open = toggle.getAttribute('aria-expanded') !== 'true';
      toggle.setAttribute('aria-expanded', String(open));
      toggle.textContent = label(open);
      actRows.forEach(r => { r.hidden = !open; });
    }}, label(false));
    row.cells[cell].append(' ', toggle);
    return [row, ...actRows];
  });
}
