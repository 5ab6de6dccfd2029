// Score view (sidebar webview): renders the model the extension posts; state kept across reloads.
(function () {
  'use strict';
  const vscode = acquireVsCodeApi();
  const { el, icon, draftCard } = window.UnscriptedRender;
  const root = document.getElementById('root');

  function render(model) {
    const s = model.strings;
    root.replaceChildren();
    const actions = el('div', { class: 'toolbar', role: 'toolbar' },
      el('button', { type: 'button', onclick: () => vscode.postMessage({ type: 'command', command: 'compare' }) }, icon('split-horizontal'), s.compare),
      el('button', { type: 'button', onclick: () => vscode.postMessage({ type: 'command', command: 'export' }), disabled: !model.doc }, icon('export'), s.exportReport),
      el('button', { type: 'button', onclick: () => vscode.postMessage({ type: 'command', command: 'demo' }) }, icon('play'), s.startDemo));
    if (!model.doc) {
      root.append(el('div', { class: 'empty' }, el('p', {}, s.empty), actions));
      return;
    }
    const { doc } = model;
    const title = doc.draftCount > 1 ? `${doc.name} \u2014 ${s.draft} ${doc.draft.index + 1}/${doc.draftCount}` : doc.name;
    root.append(
      el('h1', { title: doc.uri }, title),
      draftCard(doc.draft, s, {
        onFinding: (f) => vscode.postMessage({ type: 'reveal', uri: doc.uri, version: doc.version, start: f.start, end: f.end }),
      }),
      actions,
    );
  }

  window.UnscriptedRender.bindModel(vscode, render);
})();
