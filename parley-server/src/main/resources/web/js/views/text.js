// An article's clean text with its event (and commitment) evidence sentences as <mark> elements.
import {el, link} from '../dom.js';

/**
 * The text as paragraphs, each highlight {start, end, kind, id, label} a <mark data-event-id>
 * around exactly its characters. Highlights come sorted by start; several events reported by one
 * sentence share one mark (data-event-ids lists them all); a highlight overlapping an earlier one
 * only adds its id.
 */
export function markedText(text, highlights) {
  const marks = [];
  for (const h of highlights) {
    const last = marks[marks.length - 1];
    if (last && h.start < last.end) {
      if (h.kind === 'event') last.events.push(h);
      else last.others.push(h);
      continue;
    }
    marks.push({start: h.start, end: h.end, events: h.kind === 'event' ? [h] : [], others: h.kind === 'event' ? [] : [h]});
  }
  const out = el('div', {class: 'article-text'});
  let para = el('p');
  const flush = () => { if (para.childNodes.length) out.append(para); para = el('p'); };
  const plain = s => {
    const parts = s.split(/\n\s*\n|\n/);
    parts.forEach((part, i) => {
      if (i > 0) flush();
      if (part) para.append(part);
    });
  };
  let at = 0;
  for (const m of marks) {
    plain(text.slice(at, m.start));
    const first = m.events[0] || m.others[0];
    const labels = [...m.events, ...m.others].map(h => `${h.label} (${h.kind === 'event' ? h.id : 'commitment'})`);
    const attrs = {class: m.events.length ? 'ev' : 'cm', title: labels.join('; '),
      dataset: m.events.length ? {eventId: first.id, eventIds: m.events.map(h => h.id).join(' ')}
        : {commitmentId: first.id}};
    para.append(el('mark', attrs, text.slice(m.start, m.end)));
    at = m.end;
  }
  plain(text.slice(at));
  flush();
  return out;
}

/** One article as a column: outlet, title, date, link to the original, the marked text. */
export function articleColumn(article) {
  return el('article', {class: 'column', dataset: {articleId: article.id}},
    el('header', {},
      el('div', {class: 'outlet'}, article.outlet || 'unknown outlet'),
      el('h3', {}, link(`#/article/${encodeURIComponent(article.id)}`, article.title || article.doc)),
      el('div', {class: 'muted small'}, article.published || 'no date', ' · ', article.doc,
        article.url ? [' · ', el('a', {href: article.url, rel: 'noopener noreferrer'}, 'original')] : null)),
    article.text ? markedText(article.text, article.highlights || [])
      : el('p', {class: 'muted'}, `Not analysed (${article.status}).`));
}
