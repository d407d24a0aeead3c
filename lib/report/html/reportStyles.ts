/**
 * The report's only stylesheet, inlined so `index.html` opens from disk with no network.
 * Observations use a neutral blue-grey, never red: they are facts, not failures.
 * Sized for the first screen: a compact header band and failure cards whose long commands
 * scroll inside a few lines (`pre.clamp`) instead of pushing the next failure down.
 */
export const REPORT_STYLES = `
:root { --fail: #b3261e; --pass: #1b6e3a; --warn: #8a5a00; --skip: #5f6368; --note: #3d5a80; --line: #d9dde3; }
* { box-sizing: border-box; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0; color: #1f2328; background: #f6f8fa; }
main { max-width: 1200px; margin: 0 auto; padding: 12px 24px 24px; }
section { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 12px 18px; margin: 10px 0; }
h1 { font-size: 16px; margin: 0 0 4px; } h2 { font-size: 17px; margin: 0 0 8px; } h3 { font-size: 14px; margin: 12px 0 6px; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; } td { overflow-wrap: anywhere; } th, td { text-align: left; padding: 5px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { background: #f0f2f5; font-weight: 600; }
table.compact td, table.compact th { padding: 3px 8px; } .num { text-align: right; }
code, pre { font: 12px/1.4 ui-monospace, SFMono-Regular, Menlo, monospace; }
pre { background: #f4f5f7; border: 1px solid var(--line); border-radius: 6px; padding: 4px 8px; overflow-x: auto; white-space: pre-wrap; word-break: break-all; margin: 2px 0 6px; }
pre.clamp { max-height: 4.8em; overflow-y: auto; }
blockquote { margin: 0; padding-left: 8px; border-left: 3px solid var(--line); color: #444; font-style: italic; }
nav { margin-top: 6px; font-size: 13px; }
.headline { display: flex; gap: 14px; align-items: center; }
.header-text { flex: 1; min-width: 0; }
.facts { display: flex; flex-wrap: wrap; gap: 2px 18px; margin: 0; font-size: 12px; }
.facts div { display: flex; gap: 5px; } .facts dt { color: #57606a; } .facts dd { margin: 0; font-weight: 600; word-break: break-all; }
.badge { display: inline-block; padding: 1px 8px; border-radius: 10px; font-size: 12px; font-weight: 600; color: #fff; }
.verdict { font-size: 28px; font-weight: 800; padding: 8px 20px; border-radius: 8px; color: #fff; letter-spacing: 1px; }
.verdict-pass, .status-passed { background: var(--pass); } .verdict-fail, .status-failed { background: var(--fail); }
.verdict-error { background: var(--warn); } .status-inconclusive { background: var(--warn); } .status-skipped { background: var(--skip); } .status-note { background: var(--note); }
.fidelity { border: 2px solid var(--line); border-radius: 8px; padding: 4px 12px; max-width: 230px; }
.fidelity .score { font-size: 22px; font-weight: 800; line-height: 1.2; } .fidelity .label { font-size: 12px; line-height: 1.3; color: #57606a; }
tr.row-failed td { background: #fdf0ef; }
.yes { color: var(--pass); font-weight: 600; } .no { color: var(--fail); font-weight: 600; } .muted { color: #6e7781; }
.failure-index { margin: 0 0 8px; }
.failure { border-left: 4px solid var(--fail); padding: 2px 0 2px 12px; margin: 8px 0 14px; }
.failure h3 { margin: 0 0 2px; font-size: 15px; } .failure h3 code { font-size: 14px; font-weight: 700; color: var(--fail); }
.failure .endpoint { font-weight: 400; font-size: 12px; }
blockquote.source { font-size: 13px; margin: 0 0 4px; }
.failing-test { margin: 4px 0 8px; } .failing-test + .failing-test { border-top: 1px dashed var(--line); padding-top: 6px; }
.test-line { margin: 2px 0; }
dl.card { display: grid; grid-template-columns: 72px minmax(0, 1fr); gap: 2px 10px; margin: 4px 0; align-items: baseline; }
dl.card dt { color: #57606a; font-size: 12px; text-align: right; } dl.card dd { margin: 0; min-width: 0; }
dl.card pre { margin: 0; }
.caption { font-size: 12px; margin: 1px 0 2px; }
.diff { border: 1px solid var(--line); border-radius: 6px; overflow: hidden; }
.diff-line { display: flex; gap: 8px; padding: 2px 8px; }
.diff-line code { white-space: pre-wrap; word-break: break-all; }
.diff-label { flex: 0 0 58px; font-size: 12px; color: #57606a; }
.diff-expected { background: #eef7f0; } .diff-actual { background: #fdf0ef; }
.diff-expected mark { background: #b7e1c1; } .diff-actual mark { background: #f5c2bd; }
mark { color: inherit; border-radius: 2px; } mark.caret { display: inline-block; width: 2px; height: 1.1em; vertical-align: text-bottom; background: var(--fail); }
details > summary { cursor: pointer; }
details.evidence > summary { color: var(--note); font-size: 13px; }
details.evidence[open] { border: 1px solid var(--line); border-radius: 6px; padding: 4px 10px; }
section > details > summary h2 { display: inline; margin: 0; }
.gist { margin-left: 8px; font-size: 13px; }
section > details[open] > summary { margin-bottom: 8px; }
section.collapsed-section { padding: 8px 18px; }
.rule-matrix details, #rule-matrix details { margin: 8px 0; }
.exchange { margin: 8px 0; padding: 6px 0; border-top: 1px solid var(--line); } .exchange.key { background: #f1f5fa; }
.exchange-bodies { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 0 12px; }
ol.sequence li.diverging { background: #fdf0ef; border-left: 3px solid var(--fail); font-weight: 600; }
tr.observation td:first-child { border-left: 4px solid var(--note); }
table.profile td.tests, table.profile td .muted, table.observations td:last-child { font-size: 12px; }
.error-banner { background: #fff4e5; border: 1px solid var(--warn); border-radius: 6px; padding: 8px 12px; margin-top: 12px; }
svg { display: block; margin: 4px 0 12px; max-width: 100%; height: auto; }
svg text { font: 11px system-ui, sans-serif; fill: #1f2328; }
`;
