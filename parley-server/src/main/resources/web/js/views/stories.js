// Home: the stories (articles across outlets that report one real event), newest first as the API
// orders them, one page at a time.
import {api, el, link, pager, route, conflictMarker} from '../dom.js';

const LIMIT = 50;

export async function storiesView({params}) {
  const offset = Number(params.offset || 0);
  const q = params.q || '';
  const page = await api('/api/stories', {offset, limit: LIMIT, q});
  const rows = page.items.map(s => el('tr', {},
    el('td', {class: 'nowrap'}, s.date || 'undated'),
    el('td', {}, link(`#/story/${encodeURIComponent(s.id)}`, s.title || s.id)),
    el('td', {class: 'num'}, s.sources),
    el('td', {class: 'num'}, s.events.length),
    el('td', {}, s.conflicts ? [conflictMarker(), ` ${s.conflicts} disputed`] : '')));
  const filter = el('form', {class: 'inline', onsubmit: ev => {
    ev.preventDefault();
    location.hash = route('/stories', {q: ev.target.elements.sq.value.trim()});
  }},
  el('label', {for: 'sq'}, 'Title contains '), el('input', {id: 'sq', name: 'sq', value: q, type: 'text'}),
  el('button', {type: 'submit'}, 'Filter'));
  return el('section', {dataset: {title: 'Stories'}},
    el('h1', {}, 'Stories'),
    el('p', {class: 'muted'}, 'A story is the set of articles, across outlets, that report one real event. ',
      '⚠ marks stories whose outlets disagree on a fact (a date, a place, who took part).'),
    filter,
    el('table', {class: 'list', id: 'stories'},
      el('thead', {}, el('tr', {}, el('th', {}, 'Date'), el('th', {}, 'Story'), el('th', {class: 'num'}, 'Sources'),
        el('th', {class: 'num'}, 'Events'), el('th', {}, 'Conflicts'))),
      el('tbody', {}, rows)),
    pager(page, o => route('/stories', {q, offset: o})));
}
