// Small charts drawn as plain SVG (no charting library in the console bundle): bars per day
// for one or two series, and stacked bars per day for categories. Each chart is an image with
// a text alternative; the figures it draws are also in the view's tables or tiles.
const NS = 'http://www.w3.org/2000/svg';
const WIDTH = 640;
const HEIGHT = 160;
const PAD = { left: 34, right: 8, top: 8, bottom: 22 };

function svg(tag: string, attrs: Record<string, string | number>): SVGElement {
  const node = document.createElementNS(NS, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  return node;
}

function frame(
  label: string,
  max: number,
  days: string[],
): { root: SVGElement; plotW: number; plotH: number } {
  const root = svg('svg', {
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
    role: 'img',
    'aria-label': label,
    class: 'pc-chart',
    preserveAspectRatio: 'none',
  });
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  for (const fraction of [0, 0.5, 1]) {
    const y = PAD.top + plotH * (1 - fraction);
    root.appendChild(
      svg('line', { x1: PAD.left, x2: WIDTH - PAD.right, y1: y, y2: y, class: 'pc-chart-grid' }),
    );
    const text = svg('text', { x: PAD.left - 4, y: y + 4, 'text-anchor': 'end', class: 'pc-chart-axis' });
    text.textContent = String(Math.round(max * fraction));
    root.appendChild(text);
  }
  const step = Math.max(1, Math.ceil(days.length / 8));
  days.forEach((day, i) => {
    if (i % step !== 0) return;
    const text = svg('text', {
      x: PAD.left + (plotW / days.length) * (i + 0.5),
      y: HEIGHT - 6,
      'text-anchor': 'middle',
      class: 'pc-chart-axis',
    });
    text.textContent = day.slice(5);
    root.appendChild(text);
  });
  return { root, plotW, plotH };
}

/** Bars per day; a second series is drawn inside the first (e.g. resolved within all). */
export function dailyBars(
  label: string,
  days: string[],
  series: Array<{ name: string; values: number[]; className: string }>,
): SVGElement {
  const max = Math.max(1, ...series.flatMap((s) => s.values));
  const { root, plotW, plotH } = frame(label, max, days);
  const slot = plotW / Math.max(1, days.length);
  series.forEach((s, index) => {
    const inset = slot * (0.15 + index * 0.15);
    s.values.forEach((value, i) => {
      const h = (value / max) * plotH;
      const bar = svg('rect', {
        x: PAD.left + slot * i + inset,
        y: PAD.top + plotH - h,
        width: Math.max(1, slot - inset * 2),
        height: h,
        class: `pc-chart-bar ${s.className}`,
        'data-day': days[i] ?? '',
        'data-value': value,
      });
      const title = svg('title', {});
      title.textContent = `${days[i]}: ${value} ${s.name}`;
      bar.appendChild(title);
      root.appendChild(bar);
    });
  });
  return root;
}

/** Stacked bars per day, one colour class per category. */
export function stackedDailyBars(
  label: string,
  days: string[],
  stacks: Array<Record<string, number>>,
  classOf: (category: string) => string,
  nameOf: (category: string) => string,
): SVGElement {
  const totals = stacks.map((stack) => Object.values(stack).reduce((a, b) => a + b, 0));
  const max = Math.max(1, ...totals);
  const { root, plotW, plotH } = frame(label, max, days);
  const slot = plotW / Math.max(1, days.length);
  stacks.forEach((stack, i) => {
    let base = 0;
    for (const [category, value] of Object.entries(stack).sort(([a], [b]) => a.localeCompare(b))) {
      const h = (value / max) * plotH;
      const bar = svg('rect', {
        x: PAD.left + slot * i + slot * 0.15,
        y: PAD.top + plotH - base - h,
        width: Math.max(1, slot * 0.7),
        height: h,
        class: `pc-chart-bar ${classOf(category)}`,
      });
      const title = svg('title', {});
      title.textContent = `${days[i]}: ${nameOf(category)} ${value}`;
      bar.appendChild(title);
      root.appendChild(bar);
      base += h;
    }
  });
  return root;
}
