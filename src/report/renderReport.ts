import type { DocumentAnalysis, DraftAnalysis, Finding, Lang } from '../engine/types';
import { compareAnalyses } from './compareAnalyses';
import { escapeHtml as esc } from './escapeHtml';
import { mobilePreview } from './mobilePreview';
import { REPORT_CSS } from './reportStyle';
import { scoreItemLabel } from './scoreItemLabel';
import { splitHighlights } from './splitHighlights';
import { uiStrings, type UiStrings } from './uiStrings';

export interface ReportSource {
  /** Shown as the draft's heading (a file name, "Before", …). */
  name: string;
  analysis: DocumentAnalysis;
}

export interface ReportOptions {
  uiLang: Lang;
  /** Page title; defaults to the report/comparison title. */
  title?: string;
}

/** "low" < 40 ≤ "mid" < 70 ≤ "high": the colour band of a score. */
export function scoreBand(score: number): 'low' | 'mid' | 'high' {
  return score >= 70 ? 'high' : score >= 40 ? 'mid' : 'low';
}

function markClass(f: Finding): string {
  return f.kind === 'authentic' ? 'authentic' : f.category === 'structure' ? 'structure' : 'scripted';
}

function highlightedText(a: DraftAnalysis): string {
  const { draft, findings } = a;
  const pieces = splitHighlights(draft.text, findings, draft.bodyStart, draft.end);
  return pieces
    .map((p) => {
      if (p.findings.length === 0) return esc(p.text);
      const main = findings[p.findings[0]];
      const title = p.findings.map((i) => findings[i].message).join(' \u2022 ');
      const nums = p.starts.map((i) => `<sup>${i + 1}</sup>`).join('');
      return `<mark class="${markClass(main)}" title="${esc(title)}">${nums}${esc(p.text)}</mark>`;
    })
    .join('')
    .replace(/\s+$/, '');
}

function gauge(score: number, s: UiStrings): string {
  const v = Math.max(0, Math.min(100, Math.round(score)));
  return `<div class="gauge ${scoreBand(v)}" style="--v: ${v}" role="img" aria-label="${esc(`${s.score} ${v} ${s.scoreOutOf}`)}"><span>${v}</span></div>`;
}

function phone(a: DraftAnalysis, s: UiStrings): string {
  const p = mobilePreview(a);
  const subject = a.draft.channel === 'email' || a.draft.channel === 'inmail' ? p.subject ?? s.noSubject : s.channels[a.draft.channel];
  return `<div class="phone" aria-label="${esc(s.mobilePreview)}"><div class="muted">${esc(s.mobilePreview)}</div>` +
    `<div class="subj">${esc(subject)}</div><div class="line">${esc(p.firstLine)}</div></div>`;
}

function channelFit(a: DraftAnalysis, s: UiStrings): string {
  const limit = a.metrics.channelLimit;
  if (!limit) return `<p class="muted">${esc(s.noLimit)}</p>`;
  const unit = limit.unit === 'words' ? s.words : s.characters;
  const pct = limit.max > 0 ? Math.min(100, (limit.value / limit.max) * 100) : 0;
  const over = limit.value > limit.max || (limit.min !== undefined && limit.value < limit.min);
  const range = limit.min !== undefined ? `${limit.min}\u2013${limit.max}` : `${limit.max}`;
  return `<p>${limit.value} / ${range} ${esc(unit)} <span class="muted">(${esc(limit.source)})</span></p>` +
    `<div class="bar${over ? ' over' : ''}"><span style="width: ${pct.toFixed(1)}%"></span></div>`;
}

function metrics(a: DraftAnalysis, s: UiStrings): string {
  const m = a.metrics;
  const rows: [string, string][] = [
    [s.readingTime, `${Math.round(m.readingTimeSeconds)} ${s.seconds}`],
    [s.questions, String(m.questions)],
    [s.focus, `${m.youSentences} ${s.focusYou} \u00b7 ${m.selfSentences} ${s.focusSelf}`],
  ];
  return `<dl class="metrics">${rows.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join('')}</dl>`;
}

function breakdown(a: DraftAnalysis, lang: Lang): string {
  const rows = a.score.items.map((item) => {
    const cls = item.points > 0 ? 'pos' : item.points < 0 ? 'neg' : '';
    const pts = item.points > 0 ? `+${item.points}` : item.points < 0 ? `\u2212${Math.abs(item.points)}` : '0';
    return `<tr><td>${esc(scoreItemLabel(item, lang))}</td><td class="pts ${cls}">${esc(pts)}</td></tr>`;
  });
  return `<table>${rows.join('')}</table>`;
}

function findingsList(a: DraftAnalysis, s: UiStrings): string {
  if (a.findings.length === 0) return `<p class="muted">${esc(s.noFindings)}</p>`;
  const items = a.findings.map((f, i) => {
    const kind = f.kind === 'authentic' ? s.authentic : s.scripted;
    const extra = [
      f.why ? `<div><strong>${esc(s.why + s.colon)}</strong>${esc(f.why)}</div>` : '',
      f.buyerHears ? `<div><strong>${esc(s.buyerHears + s.colon)}</strong>${esc(f.buyerHears)}</div>` : '',
      f.instead ? `<div><strong>${esc(s.instead + s.colon)}</strong>${esc(f.instead)}</div>` : '',
    ].join('');
    return `<li value="${i + 1}"><span class="tag ${f.kind}">${esc(kind)}</span><q>${esc(a.draft.text.slice(f.start, f.end))}</q> \u2014 ` +
      `${esc(f.message)} <span class="muted">(${esc(f.ruleId)})</span>${extra}</li>`;
  });
  return `<ol class="findings">${items.join('')}</ol>`;
}

function draftSection(name: string, a: DraftAnalysis, total: number, lang: Lang, s: UiStrings): string {
  const heading = total > 1 ? `${name} \u2014 ${s.draft} ${a.draft.index + 1}` : name;
  return `<section class="draft"><h2>${esc(heading)}</h2>` +
    `<div class="top">${gauge(a.score.value, s)}${phone(a, s)}</div>` +
    `<div class="text">${highlightedText(a)}</div>` +
    `<h3>${esc(s.channelFit)} \u00b7 ${esc(s.channels[a.draft.channel])}</h3>${channelFit(a, s)}${metrics(a, s)}` +
    `<h3>${esc(s.breakdown)}</h3>${breakdown(a, lang)}` +
    `<h3>${esc(s.findings)}</h3>${findingsList(a, s)}</section>`;
}

function comparisonBlock(before: DraftAnalysis, after: DraftAnalysis, lang: Lang, s: UiStrings): string {
  const c = compareAnalyses(before, after, lang);
  const quote = (f: Finding, text: string) => `<q>${esc(text.slice(f.start, f.end))}</q>`;
  const lines = [
    ...c.removed.map((f) => `<li><span class="tag ${f.kind}">${esc(s.gone)}</span>${quote(f, before.draft.text)}</li>`),
    ...c.added.map((f) => `<li><span class="tag ${f.kind}">${esc(s.added)}</span>${quote(f, after.draft.text)}</li>`),
  ];
  return `<p class="summary${c.scoreDelta < 0 ? ' worse' : ''}">${esc(c.summary)}</p>` +
    (lines.length > 0 ? `<ul class="changes">${lines.join('')}</ul>` : '');
}

/** A self-contained HTML page (inline CSS, no script, no remote resource) for one draft or a comparison of two. */
export function renderReport(sources: readonly [ReportSource] | readonly [ReportSource, ReportSource], options: ReportOptions): string {
  const s = uiStrings(options.uiLang);
  const compare = sources.length === 2;
  const title = options.title ?? (compare ? s.comparisonTitle : s.reportTitle);
  let summary = '';
  if (compare) {
    const [a, b] = sources as readonly [ReportSource, ReportSource];
    const pairs = Math.min(a.analysis.drafts.length, b.analysis.drafts.length);
    for (let i = 0; i < pairs; i++) summary += comparisonBlock(a.analysis.drafts[i], b.analysis.drafts[i], options.uiLang, s);
  }
  const columns = sources
    .map((src) => `<div>${src.analysis.drafts.map((d) => draftSection(src.name, d, src.analysis.drafts.length, options.uiLang, s)).join('')}</div>`)
    .join('');
  return `<!DOCTYPE html>
<html lang="${options.uiLang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${esc(title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header><h1>${esc(title)}</h1><p class="legend">${esc(s.legend)}</p></header>
${summary}
<div class="drafts${compare ? ' two' : ''}">${columns}</div>
<footer><p>${esc(s.generatedBy)}</p></footer>
</body>
</html>
`;
}
