// The graph explorer: neighbourhoods come from /export/cytoscape (the same Cytoscape.js JSON the export
// serves), entities from /explorer/search. Everything is read-only.
(function () {
  'use strict';

  const COLOURS = {
    Person: '#e4572e', State: '#2e86ab', Organization: '#f3a712', Treaty: '#6a4c93',
    MissileSystem: '#29335c', Region: '#76b041', Statement: '#c33c54', Article: '#8d8d8d'
  };
  const DEFAULT_FOCUS = 'treaty/new-start';
  // A force layout costs the square of the node count on every iteration and runs on the page's only
  // thread: around a much-discussed treaty (a thousand statements) it froze the page for half a minute.
  // Past this size the neighbourhood is drawn in rings instead: the centre, the entities, then the
  // statements and articles, which is linear and still readable.
  const FORCE_LAYOUT_LIMIT = 250;
  const FORCE_LAYOUT = { name: 'cose', animate: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 70 };
  const RING_LAYOUT = {
    name: 'concentric', animate: false, minNodeSpacing: 6, levelWidth: () => 1,
    concentric: node => node.hasClass('expanded') ? 3 : ['Statement', 'Article'].includes(node.data('labels')[0]) ? 1 : 2
  };
  const status = document.getElementById('status');
  const selection = document.getElementById('selection');

  const cy = cytoscape({
    container: document.getElementById('graph'),
    wheelSensitivity: 0.3,
    style: [
      { selector: 'node', style: {
        'background-color': ele => COLOURS[ele.data('labels')[0]] || '#999',
        'label': ele => shorten(ele.data('label'), 32), 'font-size': 9, 'text-wrap': 'wrap', 'text-max-width': 110,
        // Quotes and article titles crowd a zoomed-out view: they appear once the reader zooms in.
        'min-zoomed-font-size': 6,
        'width': 22, 'height': 22 } },
      { selector: 'node[labels.0 = "Statement"]', style: { 'shape': 'round-rectangle', 'width': 16, 'height': 16, 'font-size': 7 } },
      { selector: 'node[labels.0 = "Article"]', style: { 'shape': 'rectangle', 'width': 14, 'height': 18, 'font-size': 7 } },
      { selector: 'node.expanded', style: { 'border-width': 3, 'border-color': '#222' } },
      { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#ffcc00' } },
      { selector: 'edge', style: {
        'width': 1.2, 'line-color': '#bbb', 'target-arrow-color': '#bbb', 'target-arrow-shape': 'triangle',
        'curve-style': 'bezier', 'label': 'data(label)', 'font-size': 7, 'color': '#555',
        'text-rotation': 'autorotate', 'text-background-color': '#fff', 'text-background-opacity': 0.8 } },
      { selector: '.out-of-range', style: { 'display': 'none' } }
    ]
  });
  window.cy = cy;

  function shorten(text, length) {
    return text && text.length > length ? text.slice(0, length - 1) + '…' : text;
  }

  async function neighbourhood(key) {
    const response = await fetch('/export/cytoscape?depth=1&around=' + encodeURIComponent(key));
    if (!response.ok) {
      throw new Error(await response.text());
    }
    return (await response.json()).elements;
  }

  /** Adds what is not drawn yet; the layout runs only on new nodes so the picture does not jump. */
  function merge(elements, centreKey) {
    const absent = element => cy.getElementById(element.data.id).empty();
    const added = cy.add([
      ...elements.nodes.filter(absent).map(node => ({ group: 'nodes', data: node.data })),
      ...elements.edges.filter(absent).map(edge => ({ group: 'edges', data: edge.data }))
    ]);
    const centre = cy.getElementById(centreKey);
    centre.addClass('expanded');
    const fresh = added.nodes();
    if (cy.nodes().length === fresh.length) {
      cy.layout(fresh.length <= FORCE_LAYOUT_LIMIT ? FORCE_LAYOUT : RING_LAYOUT).run();
    } else if (fresh.length > 0) {
      const origin = centre.position();
      fresh.forEach((node, i) => {
        const angle = 2 * Math.PI * i / fresh.length;
        const radius = 90 + 6 * fresh.length;
        node.position({ x: origin.x + radius * Math.cos(angle), y: origin.y + radius * Math.sin(angle) });
      });
    }
    updateTimeRange();
    applyTimeFilter();
    return added;
  }

  async function expand(key) {
    status.textContent = '';
    try {
      merge(await neighbourhood(key), key);
    } catch (error) {
      status.textContent = error.message;
    }
  }

  async function focus(key) {
    cy.elements().remove();
    await expand(key);
    cy.fit(undefined, 30);
    const centre = cy.getElementById(key);
    if (centre.nonempty()) {
      show(centre);
    }
  }

  // ----- details panel -----

  function show(node) {
    const data = node.data();
    const kind = data.labels[0];
    if (kind === 'Statement') {
      showStatement(node);
      return;
    }
    const rows = Object.entries(data)
      .filter(([name, value]) => !['id', 'label', 'labels'].includes(name) && value !== null && value !== '')
      .map(([name, value]) => `<dt>${escape(name)}</dt><dd>${escape(Array.isArray(value) ? value.join(', ') : value)}</dd>`);
    selection.innerHTML = `<h2>${escape(data.label)}</h2><p>${escape(kind)} · <code>${escape(data.id)}</code></p><dl>${rows.join('')}</dl>`;
  }

  function showStatement(node) {
    const data = node.data();
    const speakers = node.incomers('edge[label = "SAID"]').sources().map(n => n.data('label'));
    const about = node.outgoers('edge[label = "ABOUT"]').targets().map(n => n.data('label'));
    const articles = node.outgoers('edge[label = "REPORTED_IN"]').targets().map(article => {
      const a = article.data();
      const title = escape(a.title || a.id);
      const link = a.url ? `<a href="${escape(a.url)}" rel="noopener" target="_blank">${title}</a>` : title;
      return `<li class="article">${link} <span>(${escape(a.source || 'unknown source')}, ${escape(a.published || '')})</span></li>`;
    });
    selection.innerHTML = `<h2>Statement</h2>
      <blockquote id="quote">${escape(data.text)}</blockquote>
      <dl>
        <dt>speaker</dt><dd id="speaker">${escape(speakers.join(', ') || 'unknown')}</dd>
        <dt>date</dt><dd id="statement-date">${escape(data.date || 'undated')}</dd>
        <dt>stance</dt><dd>${escape(data.stance || '')}</dd>
        <dt>kind</dt><dd>${escape(data.kind || '')}</dd>
        <dt>about</dt><dd>${escape(about.join(', '))}</dd>
      </dl>
      <h3>Source</h3><ul id="sources">${articles.join('')}</ul>`;
  }

  function escape(value) {
    return String(value).replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
  }

  cy.on('tap', 'node', async event => {
    const node = event.target;
    // Expanding a statement brings in its speaker and articles, which its panel shows.
    if (!node.hasClass('expanded')) {
      await expand(node.id());
    }
    show(cy.getElementById(node.id()));
  });

  // ----- legend -----

  document.getElementById('legend').innerHTML = Object.entries(COLOURS)
    .map(([label, colour]) => `<span><i style="background:${colour}"></i>${label}</span>`).join('');

  // ----- search -----

  const search = document.getElementById('search');
  const results = document.getElementById('search-results');
  let pending;
  search.addEventListener('input', () => {
    clearTimeout(pending);
    pending = setTimeout(async () => {
      const q = search.value.trim();
      if (q.length < 2) {
        results.innerHTML = '';
        return;
      }
      const found = await (await fetch('/explorer/search?q=' + encodeURIComponent(q))).json();
      results.innerHTML = found.map(e => `<li tabindex="0" data-key="${escape(e.key)}">${escape(e.name)}<span class="label">${escape(e.label)}</span></li>`).join('');
    }, 200);
  });
  results.addEventListener('click', event => {
    const item = event.target.closest('li');
    if (item) {
      results.innerHTML = '';
      search.value = item.textContent.replace(/(Person|State|Organization|Treaty|MissileSystem|Region)$/, '');
      focus(item.dataset.key);
    }
  });
  document.getElementById('search-form').addEventListener('submit', event => {
    event.preventDefault();
    const first = results.querySelector('li');
    if (first) {
      first.click();
    }
  });

  // ----- time filter: hides statements, articles and acts dated outside [from, to]; undated stay -----

  const fromYear = document.getElementById('from-year');
  const toYear = document.getElementById('to-year');

  function year(element) {
    const date = element.data('sortDate') || element.data('published');
    return date ? Number(String(date).slice(0, 4)) : null;
  }

  function updateTimeRange() {
    const years = cy.elements().map(year).filter(y => y !== null);
    if (years.length === 0) {
      return;
    }
    const min = Math.min(...years);
    const max = Math.max(...years);
    const wasFull = Number(fromYear.value) <= Number(fromYear.min) && Number(toYear.value) >= Number(toYear.max);
    for (const input of [fromYear, toYear]) {
      input.min = min;
      input.max = max;
    }
    if (wasFull) {
      fromYear.value = min;
      toYear.value = max;
    }
    document.getElementById('from-label').textContent = fromYear.value;
    document.getElementById('to-label').textContent = toYear.value;
  }

  function applyTimeFilter() {
    const from = Number(fromYear.value);
    const to = Number(toYear.value);
    document.getElementById('from-label').textContent = from;
    document.getElementById('to-label').textContent = to;
    cy.batch(() => cy.elements().forEach(element => {
      const y = year(element);
      element.toggleClass('out-of-range', y !== null && (y < from || y > to));
    }));
  }

  fromYear.addEventListener('input', applyTimeFilter);
  toYear.addEventListener('input', applyTimeFilter);

  // ----- start: ?focus=<key|name> or New START -----

  const requested = new URLSearchParams(location.search).get('focus');
  focus(requested || DEFAULT_FOCUS).then(() => document.body.dataset.ready = 'true');
}());
