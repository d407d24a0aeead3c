/**
 * The report's only stylesheet, inlined so `index.html` opens from disk with no network.
 * Observations use a neutral blue-grey, never red: they are facts, not failures.
 */
export const REPORT_STYLES = `
:root { --fail: #b3261e; --pass: #1b6e3a; --warn: #8a5a00; --skip: #5f6368; --note: #3d5a80; --line: #d9dde3; }
* { box-sizing: border-box; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0; color: #1f2328; background: #f6f8fa; }
main { max-width: 1180px; margin: 0 auto; padding: 24px; }
section { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 16px 20px; margin: 16px 0; }
h1 { font-size: 22px; margin: 0 0 8px; } h2 { font-size: 18px; margin: 0 0 12px; } h3 { font-size: 15px; margin: 16px 0 8px; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; } td { overflow-wrap: anywhere; } th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { background: #f0f2f5; font-weight: 600; }
code, pre { font: 12px/1.4 ui-monospace, SFMono-Regular, Menlo, monospace; }
pre { background: #f4f5f7; border: 1px solid var(--line); border-radius: 6px; padding: 8px; overflow-x: auto; white-space: pre-wrap; word-break: break-all; margin: 4px 0 10px; }
blockquote { margin: 0; padding-left: 8px; border-left: 3px solid var(--line); color: #444; font-style: italic; }
.facts { display: grid; grid-template-columns: repeat(auto-fill, minmax(200px, 1fr)); gap: 8px 16px; margin: 12px 0 0; }
.facts dt { color: #57606a; font-size: 12px; } .facts dd { margin: 0; font-weight: 600; word-break: break-all; }
.headline { display: flex; gap: 16px; align-items: stretch; flex-wrap: wrap; }
.badge { display: inline-block; padding: 2px 8px; border-radius: 10px; font-size: 12px; font-weight: 600; color: #fff; }
.verdict { font-size: 28px; font-weight: 800; padding: 8px 20px; border-radius: 8px; color: #fff; letter-spacing: 1px; }
.verdict-pass, .status-passed { background: var(--pass); } .verdict-fail, .status-failed { background: var(--fail); }
.verdict-error { background: var(--warn); } .status-inconclusive { background: var(--warn); } .status-skipped { background: var(--skip); }
.fidelity { border: 2px solid var(--line); border-radius: 8px; padding: 6px 16px; }
.fidelity .score { font-size: 24px; font-weight: 800; } .fidelity .label { font-size: 12px; color: #57606a; }
tr.row-failed td { background: #fdf0ef; }
.yes { color: var(--pass); font-weight: 600; } .no { color: var(--fail); font-weight: 600; } .muted { color: #6e7781; }
.failure { border-left: 4px solid var(--fail); padding: 4px 0 4px 12px; margin: 12px 0 20px; }
.exchange { margin: 8px 0; } .exchange summary { cursor: pointer; font-weight: 600; }
ol.sequence li.diverging { background: #fdf0ef; border-left: 3px solid var(--fail); font-weight: 600; }
.observation { border-left: 4px solid var(--note); background: #f1f5fa; padding: 6px 12px; margin: 8px 0; }
.error-banner { background: #fff4e5; border: 1px solid var(--warn); border-radius: 6px; padding: 8px 12px; margin-top: 12px; }
svg { display: block; margin: 4px 0 12px; max-width: 100%; height: auto; }
svg text { font: 11px system-ui, sans-serif; fill: #1f2328; }
`;
