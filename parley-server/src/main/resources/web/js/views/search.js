// Full-text search over articles and event evidence (the server's Lucene index), with facets by
// kind, country, type, year and outlet. A facet link adds or removes that value from the query.
import {api, el, link, pager, route, snippet} from '../dom.js';

const DIMENSIONS = ['kind', 'country', 'type', 'year', 'outlet'];
const LIMIT = 20;

const list = v => v === undefined ? [] : [].concat(v);

export async function searchView({params}) {
  const q = params.q || '';
  const offset = Number(params.offset || 0);
  const chosen = Object.fromEntries(DIMENSIONS.map(d => [d, list(params[d])]));
  const res = await api('/api/search', {q, offset, limit: LIMIT, ...chosen});
  const hrefWith = (changes) => route('/search', {q, ...chosen, ...changes});
  const facets = el('aside', {class: 'facets', id: 'facets', 'aria-label': 'narrow the results'},
    DIMENSIONS.map(dim => {
      const values = res.facets[dim] || [];
      if (!values.length && !chosen[dim].length) return null;
      return el('div', {class: 'facet', dataset: {dim}},
        el('h3', {}, dim),
        el('ul', {}, values.map(f => {
          const on = chosen[dim].includes(String(f.value));
          const next = on ? chosen[dim].filter(v => v !== String(f.value)) : [...chosen[dim], String(f.value)];
          return el('li', {}, el('a', {href: hrefWith({[dim]: next, offset: 0}), class: on ? 'on' : '',
            'aria-pressed': on ? 'true' : 'false', dataset: {value: f.value}},
          on ? '✓ ' : '', String(f.value), el('span', {class: 'count'}, ` ${f.count}`)));
        })));
    }));
  const hits = el('ol', {class: 'hits', id: 'hits', start: offset + 1}, res.hits.map(h => el('li', {dataset: {kind: h.kind, id: h.id}},
    el('div', {}, el('span', {class: 'kind'}, h.kind), ' ',
      link(h.kind === 'event' ? `#/event/${encodeURIComponent(h.id)}` : `#/article/${encodeURIComponent(h.id)}`, h.title || h.id),
      el('span', {class: 'muted small'}, ` ${h.date || ''}`)),
    (h.snippets || []).map(s => el('div', {class: 'small'}, snippet(s))))));
  const active = DIMENSIONS.flatMap(d => chosen[d].map(v => [d, v]));
  return el('section', {dataset: {title: q ? `Search: ${q}` : 'Search'}},
    el('h1', {}, 'Search', q ? `: “${q}”` : ''),
    el('p', {class: 'muted', id: 'search-summary'}, `${res.total} result(s)`, res.literal ? ' (searched as literal text)' : '',
      active.length ? [' · filtered by ', active.map(([d, v], i) => [i ? ', ' : '', `${d} ${v} `,
        el('a', {href: hrefWith({[d]: chosen[d].filter(x => x !== v), offset: 0}), 'aria-label': `remove ${d} ${v}`}, '✕')])] : ''),
    el('div', {class: 'search-layout'}, facets,
      el('div', {}, res.hits.length ? hits : el('p', {}, q ? 'Nothing matches.' : 'Type a query in the search box (press / to get there).'),
        pager({total: res.total, offset, limit: LIMIT}, o => hrefWith({offset: o})))));
}
