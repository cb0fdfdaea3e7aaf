import type { TimelineView } from '../../../schemas/requests';
import { entryDescription, layoutTimeline, MILESTONE_LABELS, type PhaseKey } from './layout';

/**
 * The timeline as a self-contained SVG file (no scripts, no external resources, fonts or images; its own styles),
 * drawn from the same layout as the preview. Every piece of document text goes through `xml()`.
 */

const WIDTH = 960;
const ROW = 28;
const BAND_X = 12;
const BAND_WIDTH = 14;
const BAND_GAP = 6;
const TIME_RIGHT = 196;
const AXIS_X = 212;
const TEXT_X = 228;
const MAX_TEXT = 105;

const PHASE_ORDER: PhaseKey[] = ['detect', 'acknowledge', 'mitigate', 'resolve'];

const STYLE = `
  svg { background: #ffffff; }
  text { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; font-size: 13px; fill: #1f2328; }
  .title { font-size: 18px; font-weight: 600; }
  .meta, .separator, .actor, .band-label { fill: #59636e; }
  .separator { font-style: italic; }
  .time { font-variant-numeric: tabular-nums; text-anchor: end; }
  .approximate .time { font-style: italic; }
  .milestone .event { font-weight: 600; }
  .follow-up .event { fill: #59636e; }
  .axis { stroke: #8c959f; stroke-width: 2; }
  .rule { stroke: #d0d7de; stroke-dasharray: 4 3; }
  .marker { fill: #ffffff; stroke: #57606a; stroke-width: 2; }
  .approximate .marker { stroke-dasharray: 2 2; }
  .follow-up .marker { stroke: #8c959f; }
  .badge { font-size: 11px; font-weight: 600; }
  .m-started { fill: #cf222e; stroke: #cf222e; } .b-detect { fill: #bc4c00; }
  .m-detected { fill: #bc4c00; stroke: #bc4c00; } .b-acknowledge { fill: #9a6700; }
  .m-acknowledged { fill: #9a6700; stroke: #9a6700; } .b-mitigate { fill: #0969da; }
  .m-triaged { fill: #1a7f37; stroke: #1a7f37; } .b-resolve { fill: #1a7f37; }
  .m-identified { fill: #8250df; stroke: #8250df; }
  .m-mitigated { fill: #0969da; stroke: #0969da; }
  .m-resolved { fill: #1a7f37; stroke: #1a7f37; }
  .band { opacity: 0.75; }
`;

/** Text safe in XML content and attribute values (also drops the control characters XML 1.0 forbids). */
export function xml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function clip(text: string, max = MAX_TEXT): string {
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text;
}

export function timelineSvg(view: TimelineView, fileName: string): string {
  const layout = layoutTimeline(view);
  const out: string[] = [];
  let y = 32;
  out.push(`<text class="title" x="12" y="${y}">${xml(clip(view.title ?? fileName, 90))}</text>`);
  y += 22;
  const meta = [`Severity: ${view.severity ?? 'unknown'}`, `Times in ${view.timezone ?? 'UTC'}`, `${view.entries.length} entries`, fileName];
  out.push(`<text class="meta" x="12" y="${y}">${xml(meta.join(' · '))}</text>`);
  y += 20;
  out.push(`<text class="meta" x="12" y="${y}">${xml(layout.figures.map((f) => f.text).join(' · '))}</text>`);
  y += 18;
  // Band legend
  let legendX = 12;
  for (const band of layout.bands) {
    out.push(`<rect class="band b-${band.key}" x="${legendX}" y="${y}" width="10" height="10"/>`);
    const label = band.label;
    out.push(`<text class="band-label" x="${legendX + 14}" y="${y + 10}">${xml(label)}</text>`);
    legendX += 24 + label.length * 7;
  }
  y += 30;

  const top = y;
  const rowY = (row: number) => top + row * ROW;
  const body: string[] = [];
  if (layout.rows.length > 0) {
    body.push(`<line class="axis" x1="${AXIS_X}" y1="${top - 8}" x2="${AXIS_X}" y2="${rowY(layout.rows.length - 1) + 8}"/>`);
  }
  for (const band of layout.bands) {
    const column = PHASE_ORDER.indexOf(band.key);
    const x = BAND_X + column * (BAND_WIDTH + BAND_GAP);
    const y1 = rowY(band.fromRow) - 6;
    const height = Math.max(12, rowY(band.toRow) - rowY(band.fromRow) + 12);
    body.push(`<rect class="band b-${band.key}" x="${x}" y="${y1}" width="${BAND_WIDTH}" height="${height}" rx="3"><title>${xml(band.label)}</title></rect>`);
  }
  layout.rows.forEach((row, i) => {
    const cy = rowY(i);
    if (row.kind !== 'entry') {
      body.push(`<line class="rule" x1="${TIME_RIGHT - 80}" y1="${cy}" x2="${WIDTH - 12}" y2="${cy}"/>`);
      body.push(`<text class="separator" x="${TEXT_X}" y="${cy - 4}">${xml(row.label)}</text>`);
      return;
    }
    const { entry } = row;
    const classes = ['entry', row.phase];
    if (entry.milestone) classes.push('milestone');
    if (entry.approximate) classes.push('approximate');
    const badge = entry.milestones.map((m) => MILESTONE_LABELS[m]).join(' · ');
    const radius = entry.milestone ? 7 : 5;
    const actor = entry.actor ? ` — ${entry.actor}` : '';
    body.push(
      `<g class="${classes.join(' ')}"><title>${xml(entryDescription(entry))}</title>` +
        `<text class="time" x="${TIME_RIGHT}" y="${cy + 4}">${xml(`${entry.approximate && !entry.time.includes('~') ? '~' : ''}${entry.time}`)}</text>` +
        `<circle class="marker${entry.milestone ? ` m-${entry.milestone}` : ''}" cx="${AXIS_X}" cy="${cy}" r="${radius}"/>` +
        `<text x="${TEXT_X}" y="${cy + 4}">` +
        (badge ? `<tspan class="badge m-${entry.milestone}">${xml(badge.toUpperCase())}</tspan><tspan> </tspan>` : '') +
        `<tspan class="event">${xml(clip(entry.event, MAX_TEXT - badge.length - actor.length))}</tspan>` +
        (actor ? `<tspan class="actor">${xml(actor)}</tspan>` : '') +
        `</text></g>`,
    );
  });
  y = layout.rows.length > 0 ? rowY(layout.rows.length - 1) + ROW + 12 : top;
  if (layout.unplaced.length > 0) {
    body.push(`<text class="separator" x="12" y="${y}">${xml(`Not on the axis (time unreadable): ${layout.unplaced.length}`)}</text>`);
    y += ROW;
    for (const { entry } of layout.unplaced) {
      body.push(
        `<g class="entry unplaced"><title>${xml(entryDescription(entry))}</title>` +
          `<text class="time" x="${TIME_RIGHT}" y="${y}">${xml(entry.time || '?')}</text>` +
          `<text x="${TEXT_X}" y="${y}"><tspan class="event">${xml(clip(entry.event))}</tspan></text></g>`,
      );
      y += ROW;
    }
  }
  const height = Math.max(y + 12, 160);
  const description = `Timeline of ${view.title ?? fileName}: ${view.entries.length} entries; ${layout.figures.map((f) => f.text).join('; ')}`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-labelledby="svg-title svg-desc">`,
    `<title id="svg-title">${xml(`Timeline: ${view.title ?? fileName}`)}</title>`,
    `<desc id="svg-desc">${xml(description)}</desc>`,
    `<style>${STYLE}</style>`,
    ...out,
    ...body,
    '</svg>',
    '',
  ].join('\n');
}
