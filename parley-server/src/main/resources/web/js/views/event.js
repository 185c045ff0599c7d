// One consolidated event: every field with the sentences that support it, its sources (each
// mention with outlet and sentence) and the outlets' disagreements.
import {api, el, link, conflictMarker, typeChip, dateText} from '../dom.js';
import {disagreement, outletNamer} from './story.js';

/** The mention sentences naming a value (matched on its last word, e.g. a surname or city). */
function naming(mentions, name) {
  if (!name) return [];
  const word = name.split(/\s+/).pop().toLowerCase();
  return mentions.filter(m => m.sentence.toLowerCase().includes(word));
}

/** The first supporting sentence in full, the others one click away (many outlets repeat a name). */
function support(mentions) {
  if (!mentions.length) return null;
  const item = m => el('li', {}, el('q', {}, m.sentence), ' ', el('span', {class: 'muted small'}, '— ', m.outlet || m.doc));
  const rest = mentions.slice(1);
  return el('div', {},
    el('ul', {class: 'support'}, item(mentions[0])),
    rest.length ? el('details', {class: 'small'}, el('summary', {}, `${rest.length} more sentence(s)`),
      el('ul', {class: 'support'}, rest.map(item))) : null);
}

function sentenceWithTrigger(m) {
  const i = m.trigger ? m.sentence.indexOf(m.trigger) : -1;
  if (i < 0) return el('q', {}, m.sentence);
  return el('q', {}, m.sentence.slice(0, i), el('strong', {}, m.trigger), m.sentence.slice(i + m.trigger.length));
}

export async function eventView({id}) {
  const e = await api(`/api/events/${encodeURIComponent(id)}`);
  const mentions = e.mentions || [];
  const outletOf = outletNamer([], [e]);
  const disputed = new Set((e.conflicts || []).map(c => c.field));
  const mark = f => disputed.has(f) ? [' ', conflictMarker([f])] : '';
  const actorRows = (side, actors) => actors.map(a => el('tr', {},
    el('th', {}, side), el('td', {}, el('div', {}, a.name, a.role ? `, ${a.role}` : '', a.country ? ` (${a.country})` : '',
      el('span', {class: 'muted small'}, ` ${a.kind}${a.sector ? ' · ' + a.sector : ''}`)),
    support(naming(mentions, a.kind === 'country' ? null : a.name)))));
  const fields = el('table', {class: 'fields', id: 'event-fields'}, el('tbody', {},
    el('tr', {}, el('th', {}, 'Type'), el('td', {}, typeChip(e.type), e.mode ? ` ${e.mode}` : '',
      e.cameo ? el('span', {class: 'muted small'}, ` CAMEO ${e.cameo}`) : '',
      el('span', {class: 'muted small'}, ` · weight ${e.weight > 0 ? '+' : ''}${e.weight}`), mark('type'),
      el('div', {class: 'small'}, 'trigger words: ', [...new Set(mentions.map(m => m.trigger).filter(Boolean))].join(', ') || '—'))),
    el('tr', {}, el('th', {}, 'Date'), el('td', {},
      dateText(e.date.value, e.date.precision, e.date.inferred), el('span', {class: 'muted small'}, ` · ${e.date.basis}`), mark('date'),
      e.date.evidence && e.date.evidence.length ? el('ul', {class: 'support'}, e.date.evidence.map(x => el('li', {}, x))) : null)),
    el('tr', {}, el('th', {}, 'Place'), el('td', {}, e.location
      ? [e.location.name, e.location.country ? ` (${e.location.country})` : '', mark('location'),
        support(naming(mentions, e.location.name))] : ['—', mark('location')])),
    actorRows('Source', e.source || []),
    actorRows('Target', e.target || []),
    el('tr', {}, el('th', {}, 'Topics'), el('td', {}, (e.topics || []).join(', ') || '—')),
    el('tr', {}, el('th', {}, 'Story'), el('td', {}, e.story ? link(`#/story/${encodeURIComponent(e.story)}`, e.story) : '—',
      e.background ? ' · mentioned as background' : ''),
    e.status && e.status !== 'held' ? el('tr', {}, el('th', {}, 'Status'), el('td', {}, e.status,
      e.held_as ? [' · held as ', link(`#/event/${encodeURIComponent(e.held_as)}`, e.held_as)] : ' · not reported held')) : null)));
  return el('section', {dataset: {title: `${e.type} event`}},
    el('p', {class: 'crumbs small'}, e.story ? link(`#/story/${encodeURIComponent(e.story)}`, 'its story') : '', ' › event ', e.id),
    el('h1', {}, e.type, e.mode ? ` (${e.mode})` : '', ': ',
      (e.source || []).map(a => a.name).join(', '), ' → ', (e.target || []).map(a => a.name).join(', '),
      disputed.size ? [' ', conflictMarker([...disputed])] : ''),
    fields,
    el('h2', {}, disputed.size ? [conflictMarker(), ' Where the sources disagree'] : 'Conflicts'),
    disputed.size ? el('ul', {class: 'disagreements', id: 'event-conflicts'}, e.conflicts.map(c => disagreement(c, outletOf)))
      : el('p', {class: 'muted'}, 'The sources agree on every field.'),
    el('h2', {}, `Sources (${mentions.length})`),
    el('ol', {class: 'sources', id: 'event-sources'}, mentions.map(m => el('li', {},
      el('div', {}, el('strong', {}, m.outlet || 'unknown outlet'), ' · ',
        link(`#/article/${encodeURIComponent(m.article)}`, m.title || m.doc), ' · ', m.published || ''),
      sentenceWithTrigger(m)))));
}
