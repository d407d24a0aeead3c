import { escapeHtml as e } from '../escapeHtml';
import type { Summary } from '../types';
import { FREQUENCY_LIMIT_CODES } from '../../soak/frequencyLimitCodes';
import { formatDuration } from '../../soak/formatDuration';
import { renderBarChart } from './renderBarChart';

/** @defaultValue 40: memory bars drawn at most; a 2-hour soak has 1,440 samples, every k-th is shown. */
const MAX_BARS = 40;

/**
 * The soak section (summary.soak, set by `npm run soak`): how long it ran and why it ended, the
 * rounds per family, frequency-limit answers by code, memory over time and every replay line.
 * Empty for a conformance run. Latency percentiles per API are in the Traffic section.
 */
export function renderSoak(summary: Summary): string {
  const soak = summary.soak;
  if (!soak) return '';
  const facts: [string, string][] = [
    ['Duration asked', soak.duration],
    ['Ran', formatDuration(summary.durationMs)],
    ['Ended by', soak.endedBy],
    ['Workers', String(soak.workers)],
    ['Runs per round', String(soak.runsPerRound)],
    ['Rate limit per API', soak.rateLimit === 0 ? 'off' : `${soak.rateLimit}/s`],
    ['Calls', String(soak.calls)],
    ['Calls per second', soak.callsPerSecond.toFixed(1)],
    ['Divergences', String(soak.divergences)],
    ['Inconclusive rounds', String(soak.inconclusive)],
    ['Left on the target', `${soak.leftover.users} accounts, ${soak.leftover.chatGroups} chat groups (${soak.leftover.checkedBy})`],
  ];
  const families = soak.families.map((f) => `<tr data-testid="soak-family"><td>${e(f.family)}</td><td>${f.passed}</td><td>${f.failed}</td><td>${f.inconclusive}</td><td>${f.runs}</td></tr>`);
  const limits = FREQUENCY_LIMIT_CODES.map((code) => `<tr data-testid="soak-frequency-limit"><td>${code}</td><td>${soak.frequencyLimitAnswers[String(code)] ?? 0}</td></tr>`);
  const step = Math.max(1, Math.ceil(soak.memory.samples.length / MAX_BARS));
  const shown = soak.memory.samples.filter((_, i) => i % step === 0 || i === soak.memory.samples.length - 1);
  const memory = shown.length
    ? renderBarChart(shown.map((s) => ({ label: formatDuration(s.atMs), values: [mb(s.rssBytes), mb(s.heapUsedBytes)] })), { title: 'Memory over time (MB)', series: ['RSS', 'heap used'], unit: ' MB' })
    : '<p class="muted">No memory sample was taken.</p>';
  const replays = soak.replays.map((line) => `<li><code>${e(line)}</code></li>`).join('\n');
  return `<section id="soak" data-testid="soak">
<h2>Soak</h2>
<dl class="facts">${facts.map(([k, v]) => `<div><dt>${e(k)}</dt><dd>${e(v)}</dd></div>`).join('')}</dl>
<h3>Rounds per family</h3>
<table><thead><tr><th>Family</th><th>Passed</th><th>Diverged</th><th>Inconclusive</th><th>Runs</th></tr></thead>
<tbody>
${families.join('\n')}
</tbody></table>
<h3>Frequency-limit answers</h3>
<table><thead><tr><th>ErrorCode</th><th>Answers (retries included)</th></tr></thead>
<tbody>
${limits.join('\n')}
</tbody></table>
<h3>Memory over time (every ${e(formatDuration(soak.memory.everyMs))})</h3>
<div data-testid="soak-memory">${memory}</div>
${replays ? `<h3>Replay lines</h3>\n<ul data-testid="soak-replays">\n${replays}\n</ul>` : ''}
</section>`;
}

function mb(bytes: number): number {
  return Math.round((bytes / 1_048_576) * 10) / 10;
}
