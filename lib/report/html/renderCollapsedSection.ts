import { escapeHtml as e } from '../escapeHtml';

export interface CollapsedSection {
  /** Section id and data-testid, stable for links and tests. */
  id: string;
  title: string;
  /** One line of what is inside, shown beside the title while collapsed (HTML-escaped here). */
  gist: string;
  /** The section's content, already HTML. */
  body: string;
}

/**
 * A report section that opens on a click: the title and a one-line gist stay visible, the
 * content is a collapsed `<details>`, so the sections after the failures stay a few lines tall.
 */
export function renderCollapsedSection(section: CollapsedSection): string {
  return `<section id="${e(section.id)}" data-testid="${e(section.id)}" class="collapsed-section">
<details data-testid="${e(section.id)}-details"><summary><h2>${e(section.title)}</h2> <span class="gist muted">${e(section.gist)}</span></summary>
${section.body}
</details>
</section>`;
}
