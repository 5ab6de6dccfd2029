// Trainer demo panel: one fix per step, the score moving, large type in presentation mode.
// Keys (also what presentation clickers send): → / PageDown / Space next, ← / PageUp previous, R restart, P presentation.
(function () {
  'use strict';
  const vscode = acquireVsCodeApi();
  const { el, icon, draftCard, signed } = window.UnscriptedRender;
  const root = document.getElementById('root');
  const send = (type) => vscode.postMessage({ type });
  let model;

  function scorePath(m) {
    const items = [];
    m.scores.forEach((score, i) => {
      if (score === undefined || score === null) return;
      const prev = m.scores.slice(0, i).reverse().find((x) => x !== undefined && x !== null);
      items.push(el('li', { class: i === m.step ? 'current' : '' }, String(score),
        prev !== undefined && score !== prev ? el('span', { class: score > prev ? 'up' : 'down' }, ` (${signed(score - prev)})`) : null));
    });
    return el('ol', { class: 'path', 'aria-label': m.strings.scorePath }, items);
  }

  function render(m) {
    model = m;
    const s = m.strings;
    document.body.classList.toggle('presentation', m.presentation);
    const atEnd = m.step >= m.stepCount;
    root.replaceChildren(
      el('header', { class: 'demo-head' },
        el('h1', {}, m.title),
        el('div', { class: 'toolbar', role: 'toolbar' },
          el('button', { type: 'button', onclick: () => send('previous'), disabled: m.step === 0, title: '\u2190' }, icon('arrow-left'), s.previous),
          el('button', { type: 'button', class: 'primary', onclick: () => send('next'), disabled: atEnd, title: '\u2192' }, icon('arrow-right'), s.next),
          el('button', { type: 'button', onclick: () => send('restart'), disabled: m.step === 0, title: 'R' }, icon('debug-restart'), s.restart),
          el('button', { type: 'button', onclick: () => send('presentation'), 'aria-pressed': String(m.presentation), title: 'P' }, icon('screen-full'), s.presentation))),
      el('p', { class: 'step-count' }, `${s.step} ${m.step} ${s.of} ${m.stepCount}`),
      el('p', { class: `step-note${atEnd ? ' done' : ''}` }, m.note, atEnd ? el('span', { class: 'done-mark' }, ' \u2014 ', s.done) : null),
      m.draft
        ? el('div', { class: 'demo-body' },
            el('div', { class: 'demo-score' }, draftCard(m.draft, s, { sections: ['gauge'] }), scorePath(m)),
            draftCard(m.draft, s, { text: true, sections: ['text'], onFinding: null }),
            draftCard(m.draft, s, { sections: ['fit', 'breakdown'] }))
        : el('p', { class: 'muted' }, '\u2026'),
      el('details', { class: 'notes' }, el('summary', {}, icon('note'), s.trainerNotes), el('p', {}, m.notes)),
      el('p', { class: 'muted keys' }, s.keys));
  }

  document.addEventListener('keydown', (e) => {
    if (e.target instanceof HTMLElement && e.target.closest('summary')) return;
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const k = e.key;
    if (k === 'ArrowRight' || k === 'PageDown' || (k === ' ' && !(e.target instanceof HTMLButtonElement))) send('next');
    else if (k === 'ArrowLeft' || k === 'PageUp') send('previous');
    else if (k === 'r' || k === 'R') send('restart');
    else if (k === 'p' || k === 'P') send('presentation');
    else return;
    e.preventDefault();
  });

  window.UnscriptedRender.bindModel(vscode, render);
})();
