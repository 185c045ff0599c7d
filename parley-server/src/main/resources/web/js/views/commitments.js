// Commitments (agreements, pledges, funding, loans, grants): amounts formatted with their
// currency, the parties, the date and the sentence each was read from. Paged.
import {api, el, link, pager, route, money, dateText} from '../dom.js';

const LIMIT = 50;

export async function commitmentsView({params}) {
  const offset = Number(params.offset || 0);
  const country = params.country || '', kind = params.kind || '';
  const page = await api('/api/commitments', {offset, limit: LIMIT, country, kind});
  const filter = el('form', {class: 'inline', onsubmit: ev => {
    ev.preventDefault();
    const f = ev.target.elements;
    location.hash = route('/commitments', {country: f.country.value.trim(), kind: f.kind.value.trim()});
  }},
  el('label', {for: 'country'}, 'Country (ISO3) '), el('input', {id: 'country', name: 'country', value: country, size: 4}),
  el('label', {for: 'kind'}, ' Kind '), el('input', {id: 'kind', name: 'kind', value: kind, size: 10, placeholder: 'pledge, mou…'}),
  el('button', {type: 'submit'}, 'Filter'));
  return el('section', {dataset: {title: 'Commitments'}},
    el('h1', {}, 'Commitments'),
    el('p', {class: 'muted'}, 'Agreements, memoranda, pledges, funding, loans and grants, with the sentence each was read from.'),
    filter,
    el('table', {class: 'list', id: 'commitments'},
      el('thead', {}, el('tr', {}, ['Date', 'Kind', 'Amount', 'Parties', 'Topics', 'Source'].map(h => el('th', {}, h)))),
      el('tbody', {}, page.items.map(c => el('tr', {dataset: {commitmentId: c.id}},
        el('td', {class: 'nowrap'}, dateText(c.date, c.date_detail && c.date_detail.precision, c.date_detail && c.date_detail.inferred)),
        el('td', {}, c.kind, c.title ? el('div', {class: 'small'}, c.title) : null),
        el('td', {class: 'num amount'}, money(c.amount)),
        el('td', {}, c.parties.map((p, i) => [i ? '; ' : '', p.name, p.country ? ` (${p.country})` : ''])),
        el('td', {class: 'small'}, (c.topics || []).join(', ')),
        el('td', {class: 'small'}, c.mentions.map(m => el('div', {},
          el('q', {}, m.sentence), ' ', link(`#/article/${encodeURIComponent(m.article)}`, '→ article')))))))),
    pager(page, o => route('/commitments', {country, kind, offset: o})));
}
