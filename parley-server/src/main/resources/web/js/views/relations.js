// Relationship of a country pair (GET /api/relations?between=A,B): where it stands (current level and
// since when), the level history, dialogue mechanisms with their editions (linked to the meeting's
// event), milestones with the anniversary claims that disagree shown side by side with their
// sentences, the plans (invitations and visits, held ones linked to their event), the cooperation series (a small inline SVG and a table) and the events per year.
import {api, el, link, route, typeChip, dateText} from '../dom.js';

const SVG = 'http://www.w3.org/2000/svg';
const QUADS = [['verbal_cooperation', 'Verbal coop.'], ['material_cooperation', 'Material coop.'],
  ['verbal_conflict', 'Verbal conflict'], ['material_conflict', 'Material conflict']];

function svg(tag, attrs, ...children) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  children.forEach(c => node.append(typeof c === 'string' ? document.createTextNode(c) : c));
  return node;
}

const dateOf = d => dateText(d && d.value, d && d.precision, d && d.inferred);
const eventLink = id => id ? link(`#/event/${encodeURIComponent(id)}`, 'event') : el('span', {class: 'muted'}, '—');
const reports = sources => sources.filter(s => s.kind === 'report').length;
const sourceText = sources => `${reports(sources)} report sentence(s)${sources.some(s => s.kind === 'reference') ? ' + reference table' : ''}`;

function picker(pairs, pair, asOf) {
  const current = pair.join(',');
  return el('form', {class: 'inline controls', id: 'relation-form', onsubmit: ev => {
    ev.preventDefault();
    const f = ev.target.elements;
    location.hash = route('/relations', {between: f.between.value, asOf: f.asOf.value});
  }},
  el('label', {for: 'between'}, 'Pair '),
  el('select', {id: 'between', name: 'between'}, pairs.map(p => el('option',
    {value: p.pair.join(','), selected: p.pair.join(',') === current},
    `${p.pair.join('–')} · ${p.names} (${p.events} events${p.reference ? ', reference facts' : ''})`))),
  el('label', {for: 'asOf'}, ' as of '), el('input', {id: 'asOf', name: 'asOf', type: 'date', value: asOf || ''}),
  el('button', {type: 'submit'}, 'Show relationship'));
}

function levels(card) {
  return el('table', {class: 'list', id: 'levels'},
    el('thead', {}, el('tr', {}, ['Since', 'Level', 'Rank', 'Established by', 'Event', 'Sources'].map(h => el('th', {}, h)))),
    el('tbody', {}, card.levels.map(l => el('tr', {dataset: {level: l.name}},
      el('td', {class: 'nowrap'}, dateOf(l.since)), el('td', {}, l.name),
      el('td', {class: 'small'}, l.ladder ? `${l.rank} on ${l.ladder}'s ladder` : '—'),
      el('td', {class: 'small'}, l.established_by || '—'), el('td', {}, eventLink(l.event)),
      el('td', {class: 'small'}, sourceText(l.sources))))));
}

function mechanisms(card) {
  if (!card.mechanisms.length) return el('p', {class: 'muted', id: 'mechanisms'}, 'No dialogue mechanism reported.');
  return el('div', {id: 'mechanisms'}, card.mechanisms.map(m => el('div', {class: 'mechanism', dataset: {key: m.key}},
    el('h3', {}, m.name, el('span', {class: 'muted small'}, ` · ${m.level}${m.frequency ? ', ' + m.frequency : ''}`
      + `${m.next_expected ? ' · next expected ' + m.next_expected : ''}`)),
    !m.editions.length ? el('p', {class: 'muted small'}, 'No edition reported yet.') : el('table', {class: 'list editions'},
      el('thead', {}, el('tr', {}, ['Edition', 'Date', 'Place', 'Event', 'Reports say'].map(h => el('th', {}, h)))),
      el('tbody', {}, m.editions.map(e => el('tr', {class: 'edition', dataset: {ordinal: e.ordinal}},
        el('td', {}, `#${e.ordinal}`), el('td', {class: 'nowrap'}, dateOf(e.date)), el('td', {}, e.place || '—'),
        el('td', {}, eventLink(e.event)), el('td', {class: 'small'}, e.reported_dates.join(' / ') || '—'))))))));
}

function milestones(card) {
  return el('table', {class: 'list', id: 'milestones'},
    el('thead', {}, el('tr', {}, ['Date', 'Milestone', 'Sources'].map(h => el('th', {}, h)))),
    el('tbody', {}, card.milestones.map(m => el('tr', {dataset: {kind: m.kind}},
      el('td', {class: 'nowrap'}, dateOf(m.date)), el('td', {}, m.name), el('td', {class: 'small'}, sourceText(m.sources))))));
}

/** Visits, meetings and mechanisms' editions invited or planned, held ones linked to the event they became. */
function plans(card) {
  const list = card.plans || [];
  if (!list.length) return el('p', {class: 'muted', id: 'plans'}, 'No invitation or planned visit reported.');
  return el('table', {class: 'list', id: 'plans'},
    el('thead', {}, el('tr', {}, ['Stated', 'Status', 'Plan', 'Intended', 'Held', 'Sources'].map(h => el('th', {}, h)))),
    el('tbody', {}, list.map(p => el('tr', {dataset: {status: p.status}},
      el('td', {class: 'nowrap'}, dateOf(p.stated)), el('td', {}, p.status),
      el('td', {}, planText(p)),
      el('td', {class: 'small'}, p.intended && p.intended.value ? dateOf(p.intended)
        : (p.intended && p.intended.evidence.length ? p.intended.evidence[0] : '—')),
      el('td', {}, p.held ? [`${dateOf(p.held.date)}${p.held.place ? ' in ' + p.held.place : ''} `, eventLink(p.held.event)]
        : el('span', {class: 'muted'}, 'not yet')),
      el('td', {class: 'small'}, sourceText(p.sources))))));
}

/** "Joe Biden (USA) to visit Vietnam", or a mechanism's coming edition: "Foreign Ministers' Dialogue, edition 3 in Washington". */
function planText(p) {
  if (!p.edition) return `${p.who} (${p.who_country}) to ${p.action} ${p.whom}`;
  const which = p.edition.ordinal ? `edition ${p.edition.ordinal}` : 'next edition';
  return `${p.who}, ${which}${p.edition.place ? ' in ' + p.edition.place : ''}`;
}

/** Each conflict: its sides in columns, each with the year it dates the subject to, who says so and their sentences. */
function conflicts(card) {
  if (!card.conflicts.length) return el('p', {class: 'muted', id: 'claim-conflicts'}, 'No anniversary claim or establishment date disagrees.');
  return el('div', {id: 'claim-conflicts'}, card.conflicts.map(c => el('div', {class: 'claim-conflict'},
    el('h3', {}, el('span', {class: 'conflict', 'aria-hidden': 'true'}, '⚠ '), c.field),
    el('div', {class: 'sides'}, c.values.map(v => el('div', {class: 'side', dataset: {value: v.value}},
      el('div', {class: 'value'}, v.value), el('div', {class: 'small muted'}, v.docs.join(', ')),
      el('ul', {class: 'support'}, v.sentences.map(s => el('li', {}, el('q', {}, s.sentence), ' ',
        link(`#/article/${encodeURIComponent(s.article)}`, '→ article'))))))),
    c.explanation ? el('p', {class: 'explanation small'}, c.explanation) : null)));
}

/** Bars of the net score per period, −1 below the line to +1 above it. */
function cooperationChart(periods) {
  const w = Math.max(240, periods.length * 56), h = 150, mid = 70, scale = 55, bar = 30;
  const chart = svg('svg', {id: 'cooperation-chart', width: w, height: h, viewBox: `0 0 ${w} ${h}`, role: 'img',
    'aria-label': 'net cooperation score per period, from -1 (all conflict) to +1 (all cooperation)'},
  svg('line', {x1: 0, x2: w, y1: mid, y2: mid, stroke: '#9aa5b1'}));
  periods.forEach((p, i) => {
    const x = 13 + i * 56, v = p.net_cooperation, len = Math.abs(v) * scale;
    chart.append(svg('rect', {class: 'bar', x, y: v >= 0 ? mid - len : mid, width: bar, height: Math.max(len, 1),
      fill: v >= 0 ? '#2e7d32' : '#c62828', 'data-period': p.period}, svg('title', {}, `${p.period}: ${v}`)));
    chart.append(svg('text', {x: x + bar / 2, y: h - 8, 'text-anchor': 'middle', 'font-size': 11}, p.period));
    chart.append(svg('text', {x: x + bar / 2, y: v >= 0 ? mid - len - 4 : mid + len + 12, 'text-anchor': 'middle',
      'font-size': 10}, v.toFixed(2)));
  });
  return chart;
}

function cooperationTable(periods, id) {
  return el('table', {class: 'list cooperation', id},
    el('thead', {}, el('tr', {}, el('th', {}, 'Period'), QUADS.map(([, label]) => el('th', {class: 'num'}, label)),
      el('th', {class: 'num'}, 'Total'), el('th', {class: 'num'}, 'Net'))),
    el('tbody', {}, periods.map(p => el('tr', {dataset: {period: p.period}},
      el('td', {}, p.period),
      QUADS.map(([key]) => el('td', {class: `num ${key}`, title: p[key].events.join(' '), dataset: {events: p[key].events.join(' ')}},
        String(p[key].count))),
      el('td', {class: 'num'}, String(p.total)), el('td', {class: 'num net'}, p.net_cooperation.toFixed(2))))));
}

function cooperation(card) {
  const c = card.cooperation || {years: [], quarters: []};
  if (!c.years.length) return el('p', {class: 'muted', id: 'cooperation'}, 'No dated events between the two.');
  return el('div', {id: 'cooperation'},
    el('p', {class: 'small muted'}, 'The pair\'s events by PLOVER quad class; net = (cooperation − conflict) / total. '
      + 'Hover a count for the ids of its events.'),
    cooperationChart(c.quarters.length ? c.quarters : c.years),
    cooperationTable(c.years, 'cooperation-years'),
    c.quarters.length ? [el('h3', {}, 'Per quarter'), cooperationTable(c.quarters, 'cooperation-quarters')] : null);
}

function eventsPerYear(card) {
  const byYear = new Map();
  card.events_per_year.forEach(c => byYear.set(c.year, [...(byYear.get(c.year) || []), c]));
  return el('table', {class: 'list', id: 'events-per-year'},
    el('thead', {}, el('tr', {}, el('th', {}, 'Year'), el('th', {}, 'Events by type'))),
    el('tbody', {}, [...byYear].map(([year, counts]) => el('tr', {dataset: {year}},
      el('td', {}, String(year)),
      el('td', {}, counts.map(c => [typeChip(c.type), ` ${c.events}  `]))))));
}

export async function relationsView({params}) {
  const pairs = (await api('/api/relations', {limit: 1000})).items;
  const between = params.between || (pairs.length ? pairs[0].pair.join(',') : '');
  if (!between) {
    return el('section', {dataset: {title: 'Relationship'}}, el('h1', {}, 'Relationship'),
      el('p', {class: 'muted'}, 'No country pair has events or reference facts yet.'));
  }
  const card = await api('/api/relations', {between, asOf: params.asOf});
  const current = card.current;
  return el('section', {dataset: {title: `Relationship ${card.pair.join(' – ')}`}},
    el('h1', {}, `Relationship ${card.pair.join(' – ')}`),
    picker(pairs, card.pair, params.asOf),
    el('p', {id: 'current-level', class: 'lead'}, current
      ? [el('strong', {}, current.name), ` since ${dateOf(current.since)}`] : 'Current level unknown',
    el('span', {class: 'muted small'}, ` · as of ${card.as_of} · `),
    link(route('/timeline', {between: card.pair.join(',')}), 'timeline of the pair')),
    el('h2', {}, 'Level history'), levels(card),
    el('h2', {}, 'Mechanisms'), mechanisms(card),
    el('h2', {}, 'Milestones'), milestones(card),
    card.upcoming.length ? el('p', {class: 'small', id: 'upcoming'}, 'Upcoming: ',
      card.upcoming.map((a, i) => [i ? ' · ' : '', `${a.year}: ${a.years} years of ${a.subject}`])) : null,
    el('h2', {}, 'Plans'), plans(card),
    el('h2', {}, 'Claims that disagree'), conflicts(card),
    el('h2', {}, 'Cooperation over time'), cooperation(card),
    el('h2', {}, 'Events per year'), eventsPerYear(card));
}
