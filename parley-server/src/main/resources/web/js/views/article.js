// One article: its clean text with the evidence sentences highlighted and the events read from it.
import {api, el, link, typeChip, conflictMarker} from '../dom.js';
import {articleColumn} from './text.js';

export async function articleView({id}) {
  const a = await api(`/api/articles/${encodeURIComponent(id)}`);
  return el('section', {dataset: {title: a.title || a.doc}},
    el('p', {class: 'crumbs small'}, a.story ? link(`#/story/${encodeURIComponent(a.story)}`, 'its story') : 'article'),
    el('div', {class: 'columns single'}, articleColumn(a)),
    el('h2', {}, 'Events read from it'),
    el('ul', {class: 'plain'}, a.events.map(e => el('li', {},
      typeChip(e.type), ' ', link(`#/event/${encodeURIComponent(e.id)}`, e.title), ' · ', e.date || 'undated',
      e.conflicts ? [' ', conflictMarker()] : '', e.background ? el('span', {class: 'muted'}, ' background') : ''))));
}
