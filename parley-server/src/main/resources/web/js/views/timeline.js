// Timeline of a country pair (dyad) or of one actor: a zoomable chart of the events (colour = type,
// size = number of sources, ⚠ = sources disagree), the monthly cooperation/conflict chart, and the
// list of the events in date order. Only the chosen dyad's or actor's events are fetched.
import * as echarts from '/webjars/echarts/5.3.1/dist/echarts.esm.min.js';
import {api, el, link, route, conflictMarker, typeChip, typeColor, dateText, fold, foldedRows} from '../dom.js';

/** Where an event sits on a time axis: the day, or the middle of its month or year. */
function when(entry) {
  const d = entry.date;
  if (!d) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(d)) return d;
  if (/^\d{4}-\d{2}$/.test(d)) return `${d}-15`;
  if (/^\d{4}$/.test(d)) return `${d}-07-01`;
  return null;
}

async function pickers(params) {
  const [dyads, actors] = await Promise.all([
    api('/api/dyads', {limit: 100}),
    api('/api/actors', {limit: 1000}),
  ]);
  const countries = [...new Set(actors.items.map(a => a.country).filter(Boolean))].sort();
  const people = actors.items.filter(a => a.kind === 'person');
  return {dyads: dyads.items, countries, people};
}

function controls({dyads, countries, people}, pair, actor) {
  const busiestPair = dyads.length ? dyads[0].countries : [null, null];
  const select = (id, label, value) => el('label', {for: id}, label,
    el('select', {id, name: id},
      countries.map(c => el('option', {value: c, selected: c === value}, c))));
  const pairForm = el('form', {class: 'inline', id: 'pair-form', onsubmit: ev => {
    ev.preventDefault();
    const f = ev.target.elements;
    location.hash = route('/timeline', {between: `${f.ca.value},${f.cb.value}`});
  }},
  select('ca', 'Country ', (pair || busiestPair)[0]), ' – ', select('cb', '', (pair || busiestPair)[1]),
  el('button', {type: 'submit'}, 'Show pair'));
  const personForm = el('form', {class: 'inline', id: 'person-form', onsubmit: ev => {
    ev.preventDefault();
    const v = ev.target.elements.person.value.trim();
    if (v) location.hash = route('/timeline', {actor: v});
  }},
  el('label', {for: 'person'}, 'or a person '),
  el('input', {id: 'person', name: 'person', list: 'people', value: actor || '', placeholder: 'name', size: 18}),
  el('datalist', {id: 'people'}, people.map(p => el('option', {value: p.name}, `${p.role || ''} ${p.country || ''}`))),
  el('button', {type: 'submit'}, 'Show person'));
  const busiest = el('p', {class: 'muted small'}, 'Most active pairs: ',
    dyads.slice(0, 8).map((d, i) => [i ? ' · ' : '',
      link(route('/timeline', {between: d.countries.join(',')}), `${d.countries.join('–')} (${d.events})`)]));
  return el('div', {class: 'controls'}, pairForm, personForm, busiest);
}

function eventsChart(node, tl) {
  const chart = echarts.init(node, null, {renderer: 'canvas'});
  const types = [...new Set(tl.events.map(e => e.type))].sort();
  const placed = tl.events.filter(e => when(e));
  const series = types.map(type => ({
    name: type, type: 'scatter', color: typeColor(type), large: true, largeThreshold: 3000,
    data: placed.filter(e => e.type === type).map(e => ({
      value: [when(e), type], entry: e,
      symbolSize: 10 + 5 * Math.min(e.sources, 8),
      label: e.disputed.length ? {show: true, formatter: '⚠', position: 'top', distance: 12, color: '#d50000', fontSize: 16} : {show: false},
    })),
  }));
  // a ring around each disputed event, as its own legend entry so it can be found (and toggled)
  series.push({
    name: '⚠ sources disagree', type: 'scatter', symbol: 'circle', z: 5, silent: true,
    itemStyle: {color: 'rgba(0,0,0,0)', borderColor: '#d50000', borderWidth: 2.5},
    data: placed.filter(e => e.disputed.length).map(e => ({value: [when(e), e.type], symbolSize: 20 + 5 * Math.min(e.sources, 8)})),
  });
  chart.setOption({
    animation: false,
    grid: {left: 92, right: 24, top: 34, bottom: 64},
    legend: {top: 0, type: 'scroll'},
    tooltip: {trigger: 'item', formatter: p => {
      const e = p.data.entry;
      if (!e) return '';
      return [`<b>${esc(dateText(e.date, e.precision, e.inferred))}</b> ${esc(e.label)}`, esc(e.actors),
        e.place ? esc(e.place) : '', `${e.sources} source(s)`,
        e.disputed.length ? `⚠ sources disagree on ${esc(e.disputed.join(', '))}` : ''].filter(Boolean).join('<br>');
    }},
    xAxis: {type: 'time', ...padded(placed.map(when))},
    yAxis: {type: 'category', data: types},
    dataZoom: [{type: 'inside', xAxisIndex: 0, filterMode: 'none'}, {type: 'slider', xAxisIndex: 0, filterMode: 'none', bottom: 8}],
    series,
  });
  chart.on('click', p => { if (p.data && p.data.entry) location.hash = `#/event/${encodeURIComponent(p.data.entry.id)}`; });
  return chart;
}

/** Axis bounds a fortnight beyond the first and last event, so no marker sits on the axis line. */
function padded(days) {
  if (!days.length) return {};
  const ms = days.map(d => Date.parse(d)).sort((a, b) => a - b);
  const pad = 15 * 86400000;
  return {min: ms[0] - pad, max: ms[ms.length - 1] + pad};
}

function monthsChart(node, tl) {
  const chart = echarts.init(node, null, {renderer: 'canvas'});
  const months = tl.months.map(m => m.month);
  chart.setOption({
    animation: false,
    grid: {left: 92, right: 56, top: 34, bottom: 56},
    legend: {top: 0},
    tooltip: {trigger: 'axis'},
    xAxis: {type: 'category', data: months},
    yAxis: [{type: 'value', name: 'sum of weights'}, {type: 'value', name: 'score', min: -10, max: 10}],
    dataZoom: [{type: 'inside'}, {type: 'slider', height: 18, bottom: 6}],
    series: [
      {name: 'cooperation', type: 'bar', stack: 'w', color: '#2e7d32', data: tl.months.map(m => m.cooperation)},
      {name: 'conflict', type: 'bar', stack: 'w', color: '#c62828', data: tl.months.map(m => -m.conflict)},
      {name: 'score (mean weight)', type: 'line', yAxisIndex: 1, color: '#1a237e', data: tl.months.map(m => m.score)},
    ],
  });
  return chart;
}

function esc(s) {
  return String(s ?? '').replace(/[&<>"']/g, c => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c]));
}

const ROWS = 500;

/**
 * The events in date order, each act folded beneath the meeting it was said during; long lists
 * grow ROWS rows at a time, so a busy dyad stays quick to show.
 */
function list(tl) {
  const body = el('tbody');
  const more = el('button', {type: 'button', id: 'more-events'});
  const rows = fold(tl.events);
  let shown = 0;
  const grow = () => {
    body.append(...foldedRows(rows.slice(shown, shown + ROWS), row));
    shown = Math.min(rows.length, shown + ROWS);
    more.textContent = `Show ${Math.min(ROWS, rows.length - shown)} more of ${rows.length - shown}`;
    more.hidden = shown >= rows.length;
  };
  more.addEventListener('click', grow);
  grow();
  return el('div', {},
    el('table', {class: 'list', id: 'timeline-list'},
      el('caption', {}, `${tl.total} events in date order`),
      el('thead', {}, el('tr', {}, ['Date', 'Type', 'Actors', 'Place', 'Sources', ''].map(h => el('th', {}, h)))),
      body),
    more);
}

function row(e) {
  return el('tr', {dataset: {eventId: e.id, date: e.date || ''}},
      el('td', {class: 'nowrap date'}, dateText(e.date, e.precision, e.inferred)),
    el('td', {}, typeChip(e.type), e.mode ? ` ${e.mode}` : '',
      e.status && e.status !== 'held' ? el('span', {class: 'muted status'}, ` ${e.status}`) : ''),
    el('td', {}, link(`#/event/${encodeURIComponent(e.id)}`, e.actors || e.label)),
    el('td', {}, e.place || ''),
    el('td', {class: 'num sources'}, e.sources),
    el('td', {}, e.disputed.length ? [conflictMarker(e.disputed), ` ${e.disputed.join(', ')}`] : ''));
}

export async function timelineView({params}) {
  const choices = await pickers(params);
  let between = params.between, actor = params.actor;
  if (!between && !actor) {
    between = choices.dyads.length ? choices.dyads[0].countries.join(',') : null;
  }
  const pair = between ? between.split(',') : null;
  const section = el('section', {dataset: {title: 'Timeline'}},
    el('h1', {}, 'Timeline', pair ? ` of ${pair.join(' – ')}` : actor ? ` of ${actor}` : ''),
    controls(choices, pair, actor));
  if (!between && !actor) {
    section.append(el('p', {}, 'No events between two countries yet.'));
    return section;
  }
  const tl = await api('/api/timeline', {between, actor, brief: true});
  const evNode = el('div', {class: 'chart', id: 'timeline-chart', role: 'img',
    'aria-label': `Chart of ${tl.total} events; the same events are listed below in date order`});
  const moNode = el('div', {class: 'chart short', id: 'months-chart', role: 'img',
    'aria-label': 'Monthly cooperation and conflict; the list below has the events'});
  const how = el('details', {class: 'how'}, el('summary', {}, 'How the score is computed'),
    el('p', {id: 'score-doc'}, '…'), link('/api/docs/', 'API documentation (OpenAPI)'));
  api('/api/openapi.json').then(doc => {
    how.querySelector('#score-doc').textContent = doc.paths['/api/timeline'].get.description;
  }).catch(() => {});
  section.append(
    el('p', {class: 'muted small'}, 'Colour = event type, marker size = number of sources, ⚠ = the sources disagree. ',
      'Drag the slider or scroll on the chart to zoom; click a marker to open the event.'),
    evNode,
    el('h2', {}, 'Cooperation and conflict per month'),
    el('p', {class: 'small'}, 'Each event weighs −10 (conflict) … +10 (cooperation) by its PLOVER type, after the ',
      'Goldstein values of the CAMEO codes the type covers; bars are the month\'s summed cooperative and conflictual ',
      'weights, the line its mean weight. ', how),
    moNode,
    el('h2', {}, 'Events'),
    list(tl));
  let charts = [];
  const resize = () => charts.forEach(c => c.resize());
  section.mounted = () => {
    charts = [eventsChart(evNode, tl), monthsChart(moNode, tl)];
    window.addEventListener('resize', resize);
  };
  section.unmount = () => {
    window.removeEventListener('resize', resize);
    charts.forEach(c => c.dispose());
  };
  return section;
}
