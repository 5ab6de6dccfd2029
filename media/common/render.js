// Shared DOM renderer of a draft card for the Unscripted webviews (score view, compare, demo).
// Plain script (no modules, no framework); builds DOM with textContent only (never innerHTML).
// Exposes window.UnscriptedRender.
(function () {
  'use strict';

  /** el('div', { class: 'x', onclick: fn, 'aria-label': '…' }, child, 'text', …) */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === undefined || value === null || value === false) continue;
      if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value === true ? '' : String(value));
    }
    for (const child of children.flat()) {
      if (child === undefined || child === null || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  const icon = (name) => el('span', { class: `codicon codicon-${name}`, 'aria-hidden': 'true' });
  const signed = (n) => (n > 0 ? `+${n}` : n < 0 ? `\u2212${Math.abs(n)}` : '0');

  /** Semicircle gauge (SVG) with the score in the middle. */
  function gauge(score, band, s) {
    const ns = 'http://www.w3.org/2000/svg';
    const svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('viewBox', '0 0 120 70');
    svg.setAttribute('aria-hidden', 'true');
    const arc = (cls, fraction) => {
      const p = document.createElementNS(ns, 'path');
      p.setAttribute('d', 'M 10 62 A 50 50 0 0 1 110 62');
      p.setAttribute('pathLength', '100');
      p.setAttribute('class', cls);
      if (fraction !== undefined) p.setAttribute('stroke-dasharray', `${fraction} 100`);
      return p;
    };
    svg.append(arc('track'), arc(`value ${band}`, Math.max(0.5, Math.min(100, score))));
    return el('div', { class: 'gauge', role: 'img', 'aria-label': `${s.score} ${score} ${s.scoreOutOf}` },
      svg, el('div', { class: `gauge-value ${band}` }, String(score)), el('div', { class: 'gauge-caption' }, s.scoreOutOf));
  }

  function preview(d, s) {
    const title = d.preview.subject || (d.channel === 'email' || d.channel === 'inmail' ? s.noSubject : s.channels[d.channel]);
    return el('section', { class: 'phone', 'aria-label': s.mobilePreview },
      el('div', { class: 'phone-head' }, icon(d.channel === 'email' || d.channel === 'inmail' ? 'mail' : 'comment'), s.mobilePreview),
      el('div', { class: 'phone-row' },
        el('div', { class: 'phone-subject' }, title),
        el('div', { class: 'phone-line' }, d.preview.firstLine)));
  }

  function fit(d, s) {
    if (!d.fit) return el('p', { class: 'muted' }, s.noLimit);
    const unit = d.fit.unit === 'words' ? s.words : s.characters;
    const range = d.fit.min !== undefined ? `${d.fit.min}\u2013${d.fit.max}` : String(d.fit.max);
    const bar = el('div', { class: `bar${d.fit.over ? ' over' : ''}`, role: 'meter', 'aria-valuemin': 0, 'aria-valuemax': d.fit.max,
      'aria-valuenow': d.fit.value, 'aria-label': s.channelFit }, el('span'));
    bar.firstChild.style.width = `${d.fit.percent}%`;
    return el('div', { class: 'fit', title: d.fit.source }, el('div', { class: 'fit-text' }, `${d.fit.value} / ${range} ${unit}`), bar);
  }

  function metrics(d, s) {
    const total = d.youSentences + d.selfSentences;
    const focus = el('div', { class: 'focus-bar', role: 'img', 'aria-label': `${d.youSentences} ${s.focusYou}, ${d.selfSentences} ${s.focusSelf}` },
      el('span', { class: 'you' }), el('span', { class: 'self' }));
    focus.children[0].style.flexGrow = String(total ? d.youSentences : 1);
    focus.children[1].style.flexGrow = String(total ? d.selfSentences : 1);
    return el('dl', { class: 'metrics' },
      el('dt', {}, icon('watch'), s.readingTime), el('dd', {}, `${d.readingTimeSeconds} ${s.seconds}`),
      el('dt', {}, icon('question'), s.questions), el('dd', {}, String(d.questions)),
      el('dt', {}, icon('person'), s.focus), el('dd', {}, `${d.youSentences} ${s.focusYou} \u00b7 ${d.selfSentences} ${s.focusSelf}`, focus));
  }

  function breakdown(d, s) {
    const max = Math.max(1, ...d.scripted.concat(d.authentic).map((b) => Math.abs(b.points)));
    const group = (title, list, cls) => el('div', { class: `group ${cls}` }, el('h3', {}, title),
      list.length === 0 ? el('p', { class: 'muted' }, '\u2014') :
        el('ul', { class: 'bars' }, list.map((b) => {
          const fill = el('span', { class: 'fill' });
          fill.style.width = `${Math.round((Math.abs(b.points) / max) * 100)}%`;
          return el('li', {}, el('span', { class: 'bar-label', title: b.label }, `${b.label} (${b.count})`),
            el('span', { class: 'bar-points' }, signed(b.points)), el('span', { class: 'bar-track' }, fill));
        })));
    return el('section', { class: 'breakdown', 'aria-label': s.breakdown },
      group(s.scripted, d.scripted, 'scripted'), group(s.authentic, d.authentic, 'authentic'));
  }

  function findings(d, s, onFinding) {
    if (d.findings.length === 0) return el('p', { class: 'muted' }, s.noFindings);
    const item = (f) => el('li', {},
      el('button', { class: `finding ${f.kind}`, type: 'button', 'data-index': f.index, title: f.why || f.message,
        onclick: onFinding ? () => onFinding(f) : undefined, disabled: !onFinding },
      icon(f.kind === 'authentic' ? 'pass' : f.severity === 'error' ? 'error' : 'warning'),
      el('span', { class: 'finding-body' }, el('q', {}, f.quote), el('span', { class: 'finding-message' }, f.message),
        el('span', { class: 'finding-category' }, f.categoryLabel))));
    const scripted = d.findings.filter((f) => f.kind === 'scripted');
    const authentic = d.findings.filter((f) => f.kind === 'authentic');
    return el('div', { class: 'findings' },
      scripted.length ? el('h3', {}, `${s.scripted} (${scripted.length})`) : null, scripted.length ? el('ul', {}, scripted.map(item)) : null,
      authentic.length ? el('h3', {}, `${s.authentic} (${authentic.length})`) : null, authentic.length ? el('ul', {}, authentic.map(item)) : null);
  }

  /** The draft's text with scripted/personal runs highlighted. */
  function highlighted(d) {
    return el('div', { class: 'draft-text' }, (d.pieces || []).map((p) =>
      p.kind ? el('mark', { class: p.kind, title: p.findings.map((i) => d.findings[i] && d.findings[i].message).join(' \u2022 ') }, p.text) : p.text));
  }

  /**
   * A whole draft card. options: { onFinding(f), text: show the highlighted text, sections: which parts
   * (default all): gauge, preview, text, fit, metrics, breakdown, findings }.
   */
  function draftCard(d, s, options) {
    const o = options || {};
    const want = (name) => !o.sections || o.sections.includes(name);
    return el('article', { class: 'card' },
      want('gauge') ? el('div', { class: 'card-top' }, gauge(d.score, d.band, s),
        el('div', { class: 'chips' }, el('span', { class: 'chip' }, s.channels[d.channel]), el('span', { class: 'chip' }, d.lang.toUpperCase()))) : null,
      want('preview') ? preview(d, s) : null,
      want('text') && d.pieces ? highlighted(d) : null,
      want('fit') ? el('section', {}, el('h2', {}, s.channelFit), fit(d, s)) : null,
      want('metrics') ? metrics(d, s) : null,
      want('breakdown') ? el('section', {}, el('h2', {}, s.breakdown), breakdown(d, s)) : null,
      want('findings') ? el('section', {}, el('h2', {}, s.findings), findings(d, s, o.onFinding)) : null);
  }

  /** Renders every model the extension posts, keeps it as the webview state (restored after a reload), then says ready. */
  function bindModel(vscode, render) {
    window.addEventListener('message', (event) => {
      if (event.data && event.data.type === 'model') {
        vscode.setState({ model: event.data.model });
        render(event.data.model);
      }
    });
    const saved = vscode.getState();
    if (saved && saved.model) render(saved.model);
    vscode.postMessage({ type: 'ready' });
  }

  window.UnscriptedRender = { el, icon, draftCard, gauge, signed, bindModel };
})();
