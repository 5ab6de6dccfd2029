/** Inline stylesheet of the HTML report: no remote fonts or images, prints well, readable on a slide. */
export const REPORT_CSS = `
:root { --scripted: #fde2dd; --scripted-line: #c0392b; --authentic: #dcf5e3; --authentic-line: #1e8449;
  --structure-line: #b9770e; --ink: #1f2328; --muted: #59636e; --rule: #d0d7de; --bg: #ffffff; --panel: #f6f8fa; }
* { box-sizing: border-box; }
body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: var(--bg);
  margin: 0 auto; max-width: 1200px; padding: 24px; }
h1 { font-size: 1.6em; margin: 0 0 4px; } h2 { font-size: 1.25em; margin: 0 0 12px; } h3 { font-size: 1em; margin: 20px 0 8px; }
.legend, footer, .muted { color: var(--muted); font-size: 0.9em; }
.summary { font-size: 1.3em; font-weight: 600; background: var(--panel); border-left: 4px solid var(--authentic-line);
  padding: 12px 16px; margin: 16px 0; }
.summary.worse { border-left-color: var(--scripted-line); }
.changes { margin: 0 0 16px; padding-left: 20px; }
.drafts { display: grid; gap: 24px; grid-template-columns: 1fr; }
.drafts.two { grid-template-columns: 1fr 1fr; }
@media (max-width: 800px) { .drafts.two { grid-template-columns: 1fr; } }
.draft { border: 1px solid var(--rule); border-radius: 8px; padding: 20px; }
.top { display: flex; gap: 20px; align-items: center; flex-wrap: wrap; }
.gauge { --v: 0; --c: var(--scripted-line); width: 96px; height: 96px; border-radius: 50%; flex: none;
  background: conic-gradient(var(--c) calc(var(--v) * 1%), var(--rule) 0); display: grid; place-items: center; }
.gauge span { width: 74px; height: 74px; border-radius: 50%; background: var(--bg); display: grid; place-items: center;
  font-size: 1.8em; font-weight: 700; }
.gauge.mid { --c: var(--structure-line); } .gauge.high { --c: var(--authentic-line); }
.phone { border: 1px solid var(--rule); border-radius: 14px; padding: 10px 14px; max-width: 360px; background: var(--panel); }
.phone .subj { font-weight: 600; } .phone .line { color: var(--muted); }
.text { white-space: pre-wrap; background: var(--panel); padding: 14px 16px; border-radius: 6px; margin: 16px 0;
  font-size: 1.05em; }
mark { color: inherit; border-radius: 3px; padding: 0 1px; }
mark.scripted { background: var(--scripted); box-shadow: inset 0 -2px 0 var(--scripted-line); }
mark.authentic { background: var(--authentic); box-shadow: inset 0 -2px 0 var(--authentic-line); }
mark.structure { background: transparent; box-shadow: inset 0 -2px 0 var(--structure-line); }
mark sup { font-size: 0.65em; font-weight: 700; margin-right: 2px; color: var(--muted); }
.bar { height: 10px; background: var(--rule); border-radius: 5px; overflow: hidden; max-width: 360px; }
.bar span { display: block; height: 100%; background: var(--authentic-line); }
.bar.over span { background: var(--scripted-line); }
dl.metrics { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 8px 0; }
dl.metrics dt { color: var(--muted); } dl.metrics dd { margin: 0; }
table { border-collapse: collapse; width: 100%; } td { padding: 3px 6px; border-bottom: 1px solid var(--rule); }
td.pts { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.pos { color: var(--authentic-line); } .neg { color: var(--scripted-line); }
ol.findings { padding-left: 24px; } ol.findings li { margin-bottom: 10px; }
.tag { display: inline-block; font-size: 0.75em; border-radius: 4px; padding: 0 6px; margin-right: 6px; color: #fff; }
.tag.scripted { background: var(--scripted-line); } .tag.authentic { background: var(--authentic-line); }
q { font-style: italic; }
@media print { body { padding: 0; } .draft { break-inside: avoid; } }
`;
