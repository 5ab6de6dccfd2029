// Comparison panel: two draft cards side by side and the difference explained.
(function () {
  'use strict';
  const vscode = acquireVsCodeApi();
  const { el, icon, draftCard } = window.UnscriptedRender;
  const root = document.getElementById('root');

  function side(title, data, s) {
    const header = el('header', { class: 'side-head' }, el('h2', {}, title), el('span', { class: 'side-name' }, data.name),
      el('button', { type: 'button', class: 'link', onclick: () => vscode.postMessage({ type: 'open', uri: data.uri }) }, icon('go-to-file'), s.openDraft));
    if (!data.draft) return el('section', { class: 'side' }, header, el('p', { class: 'muted' }, '\u2026'));
    return el('section', { class: 'side' }, header, draftCard(data.draft, s, {
      text: true,
      sections: ['gauge', 'preview', 'text', 'fit', 'breakdown', 'findings'],
      onFinding: (f) => vscode.postMessage({ type: 'reveal', uri: data.uri, start: f.start, end: f.end }),
    }));
  }

  function render(m) {
    const s = m.strings;
    const summary = m.summary
      ? el('div', { class: `summary ${m.scoreDelta < 0 ? 'worse' : 'better'}`, role: 'status' }, icon(m.scoreDelta < 0 ? 'arrow-down' : 'arrow-up'), m.summary)
      : null;
    const changes = m.changes.length
      ? el('ul', { class: 'changes' }, m.changes.map((c) => el('li', { class: `${c.change} ${c.kind}` },
          el('span', { class: 'change-tag' }, c.change === 'gone' ? s.gone : s.added), el('q', {}, c.quote), ' \u2014 ', c.label)))
      : null;
    root.replaceChildren(
      el('div', { class: 'compare-head' }, el('h1', {}, s.comparisonTitle),
        el('div', { class: 'toolbar' }, el('button', { type: 'button', onclick: () => vscode.postMessage({ type: 'export' }) }, icon('export'), s.exportReport))),
      summary, changes,
      el('div', { class: 'sides' }, side(s.before, m.before, s), side(s.after, m.after, s)));
  }

  window.UnscriptedRender.bindModel(vscode, render);
})();
