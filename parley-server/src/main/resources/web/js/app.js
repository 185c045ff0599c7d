// The page's router: hash routes (#/story/ID, #/event/ID, ...) so the back button and links work,
// and the keyboard shortcuts ("/" focuses the search box).
import {api, el, queryOf} from './dom.js';
import {storiesView} from './views/stories.js';
import {timelineView} from './views/timeline.js';
import {storyView} from './views/story.js';
import {eventView} from './views/event.js';
import {searchView} from './views/search.js';
import {commitmentsView} from './views/commitments.js';
import {articleView} from './views/article.js';
import {relationsView} from './views/relations.js';

const ROUTES = [
  [/^\/?$/, 'stories', storiesView],
  [/^\/stories$/, 'stories', storiesView],
  [/^\/timeline$/, 'timeline', timelineView],
  [/^\/story\/([^/]+)$/, 'stories', storyView],
  [/^\/event\/([^/]+)$/, null, eventView],
  [/^\/article\/([^/]+)$/, null, articleView],
  [/^\/search$/, 'search', searchView],
  [/^\/commitments$/, 'commitments', commitmentsView],
  [/^\/relations$/, 'relations', relationsView],
];

let rendering = 0;
let shown = null; // the view on screen, told when it leaves (charts free their canvas)

async function render() {
  const hash = location.hash.replace(/^#/, '') || '/';
  const [path, search = ''] = hash.split('?');
  const main = document.getElementById('main');
  const token = ++rendering;
  for (const [pattern, nav, view] of ROUTES) {
    const m = path.match(pattern);
    if (!m) continue;
    document.querySelectorAll('[data-nav]').forEach(a =>
      a.toggleAttribute('aria-current', a.dataset.nav === nav));
    const params = queryOf(search);
    const q = document.getElementById('q');
    if (nav === 'search') q.value = params.q || '';
    main.setAttribute('aria-busy', 'true');
    try {
      const node = await view({id: m[1] && decodeURIComponent(m[1]), params});
      if (token !== rendering) return; // a newer route won
      if (shown && shown.unmount) shown.unmount();
      main.replaceChildren(node);
      shown = node;
      if (node.mounted) node.mounted();
      document.title = `Parley · ${node.dataset.title || nav || 'page'}`;
    } catch (e) {
      if (token !== rendering) return;
      main.replaceChildren(el('div', {class: 'error', role: 'alert'}, el('h1', {}, 'Could not show this page'),
        el('p', {}, e.message)));
    } finally {
      main.removeAttribute('aria-busy');
    }
    if (!location.hash.includes('focus=none')) main.focus({preventScroll: true});
    window.scrollTo(0, 0);
    return;
  }
  main.replaceChildren(el('p', {class: 'error'}, `No such page: ${hash}`));
}

document.getElementById('search-form').addEventListener('submit', ev => {
  ev.preventDefault();
  const q = document.getElementById('q').value.trim();
  location.hash = `#/search?q=${encodeURIComponent(q)}`;
});

document.addEventListener('keydown', ev => {
  const t = ev.target;
  const typing = t instanceof HTMLInputElement || t instanceof HTMLTextAreaElement || t instanceof HTMLSelectElement
    || t.isContentEditable;
  if (ev.key === '/' && !typing && !ev.ctrlKey && !ev.metaKey && !ev.altKey) {
    ev.preventDefault();
    const q = document.getElementById('q');
    q.focus();
    q.select();
  } else if (ev.key === 'Escape' && t.id === 'q') {
    t.blur();
  }
});

window.addEventListener('hashchange', render);

api('/api/status').then(s => {
  document.getElementById('status').textContent =
    `${s.articles} articles · ${s.stories} stories · ${s.events} events`;
}).catch(() => {});

render();
