// A story: who disagrees about what, the articles side by side with the evidence highlighted, and
// the events of the story.
import {api, el, link, conflictMarker, typeChip, dateText, actorText, fold, foldedRows} from '../dom.js';
import {articleColumn} from './text.js';

const MAX_COLUMNS = 12;

/** "date: 2024-06-20 — Harbour Times; 2024-06-21 — Mekong Ledger" for one conflict of one event. */
export function disagreement(conflict, outletOfDoc) {
  return el('li', {class: 'disagreement', dataset: {field: conflict.field}},
    el('strong', {}, conflict.field), ': ',
    conflict.values.map((v, i) => [i ? '; ' : '', el('span', {class: 'claim'},
      el('span', {class: 'value'}, typeof v.value === 'object' ? JSON.stringify(v.value) : String(v.value)), ' — ',
      v.docs.map(d => outletOfDoc(d)).join(', '))]),
    conflict.explanation ? el('div', {class: 'explanation small'}, conflict.explanation) : null,
    // Both sides in the outlets' own words (contract version 3), so a reader can judge the disagreement.
    (conflict.values.some(v => (v.sentences || []).length))
      ? el('ul', {class: 'said small'}, conflict.values.flatMap(v => (v.sentences || []).map(s =>
          el('li', {class: 'said-sentence', dataset: {value: String(v.value)}},
            el('span', {class: 'value'}, String(v.value)), ' — ', outletOfDoc(s.doc), ': “', s.sentence, '”'))))
      : null);
}

/** doc → "Outlet (doc)" from the mentions and article list at hand. */
export function outletNamer(articles, events) {
  const byDoc = new Map();
  for (const a of articles) byDoc.set(a.doc, a.outlet);
  for (const e of events) for (const m of e.mentions || []) if (m.outlet) byDoc.set(m.doc, m.outlet);
  return doc => byDoc.get(doc) ? `${byDoc.get(doc)} (${doc})` : doc;
}

/** Scrolls each article column to this event's highlighted sentence and flashes it. */
function showInText(id) {
  const marks = [...document.querySelectorAll(`#columns mark[data-event-ids~="${CSS.escape(id)}"]`)];
  for (const m of marks) {
    const column = m.closest('.column');
    column.scrollTop = m.offsetTop - column.offsetTop - 80;
    m.classList.remove('flash');
    void m.offsetWidth; // restart the animation
    m.classList.add('flash');
  }
  if (marks.length) document.getElementById('columns').scrollIntoView({block: 'start', behavior: 'smooth'});
}

export function eventRow(e, inText) {
  const disputed = (e.conflicts || []).map(c => c.field);
  return el('tr', {class: e.background ? 'background' : '', dataset: {eventId: e.id}},
    el('td', {class: 'nowrap'}, dateText(e.date && e.date.value, e.date && e.date.precision, e.date && e.date.inferred)),
    el('td', {}, typeChip(e.type), e.mode ? ` ${e.mode}` : ''),
    el('td', {}, link(`#/event/${encodeURIComponent(e.id)}`, `${actorText(e.source)} → ${actorText(e.target)}`)),
    el('td', {}, e.location ? e.location.name : ''),
    el('td', {class: 'num'}, (e.mentions || []).length,
      inText ? [' ', el('button', {type: 'button', class: 'link', onclick: () => showInText(e.id),
        'aria-label': `show the sentences of ${e.type} event in the articles`}, 'show')] : ''),
    el('td', {}, disputed.length ? [conflictMarker(disputed), ` ${disputed.join(', ')}`] : '',
      e.background ? el('span', {class: 'muted'}, ' background') : '',
      e.status && e.status !== 'held' ? el('span', {class: 'muted status'}, ` ${e.status}`) : ''));
}

export function eventsTable(events, id, inText = false) {
  return el('table', {class: 'list', id},
    el('thead', {}, el('tr', {}, ['Date', 'Type', 'Who → whom', 'Place', 'Mentions', ''].map(h => el('th', {}, h)))),
    el('tbody', {}, foldedRows(fold(events), e => eventRow(e, inText))));
}

export async function storyView({id}) {
  const story = await api(`/api/stories/${encodeURIComponent(id)}`);
  const shown = story.article_details.slice(0, MAX_COLUMNS);
  const articles = await Promise.all(shown.map(a => api(`/api/articles/${encodeURIComponent(a.id)}`)));
  const events = story.event_details;
  const outletOf = outletNamer(story.article_details, events);
  const disputed = events.filter(e => e.conflicts && e.conflicts.length);
  return el('section', {dataset: {title: story.title}},
    el('p', {class: 'crumbs small'}, link('#/', 'Stories'), ' › story'),
    el('h1', {}, story.title),
    el('p', {class: 'muted'}, `${story.date || 'undated'} · ${story.sources} source(s) · ${events.length} event(s)`),
    el('h2', {}, disputed.length ? [conflictMarker(), ' Where the outlets disagree'] : 'The outlets agree'),
    disputed.length ? el('ul', {class: 'disagreements', id: 'disagreements'}, disputed.map(e => el('li', {dataset: {eventId: e.id}},
      link(`#/event/${encodeURIComponent(e.id)}`, `${e.type}: ${actorText(e.source)} → ${actorText(e.target)}`),
      el('ul', {}, e.conflicts.map(c => disagreement(c, outletOf))))))
      : el('p', {class: 'muted'}, 'No field of any event is reported differently.'),
    el('h2', {}, 'The articles'),
    el('p', {class: 'muted small'}, 'Highlighted: the sentences each event was read from (hover for the event, click to open it; ',
      '“show” in the events list below scrolls the articles to an event\'s sentences).'),
    el('div', {class: 'columns', id: 'columns', tabindex: '0', 'aria-label': 'articles side by side; scroll sideways',
      onclick: ev => {
        const mark = ev.target.closest('mark[data-event-id]');
        if (mark) location.hash = `#/event/${encodeURIComponent(mark.dataset.eventId)}`;
      }},
      articles.map(articleColumn)),
    story.article_details.length > shown.length
      ? el('p', {class: 'muted'}, `${story.article_details.length - shown.length} more article(s) not shown.`) : null,
    el('h2', {}, 'Events of this story'),
    eventsTable(events, 'story-events', true));
}
