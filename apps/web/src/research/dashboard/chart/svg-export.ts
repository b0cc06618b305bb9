const SVG_NS = "http://www.w3.org/2000/svg";
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif";
const TITLE_HEIGHT = 32;
const LEGEND_ROW = 22;
const PADDING = 12;

export type LegendEntry = { readonly label: string; readonly colour: string };

export type SvgImage = { readonly markup: string; readonly width: number; readonly height: number };

function element<K extends keyof SVGElementTagNameMap>(
  name: K,
  attributes: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  return node;
}

const CAPTION_LINE = 18;

/** Rough text width for laying out legend entries; SVG has no flow layout and exports are read, not measured. */
function approximateWidth(text: string, fontSize: number): number {
  return text.length * fontSize * 0.6;
}

/** Words into lines that fit `width` at `fontSize`, by the same rough measure. */
function wrapText(text: string, width: number, fontSize: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(" ")) {
    const last = lines[lines.length - 1];
    if (last !== undefined && approximateWidth(`${last} ${word}`, fontSize) <= width)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/**
 * A standalone SVG document of a chart as drawn on screen: the title above, the legend (an HTML list on the page)
 * redrawn below, then the caption (n and the filters), on a white background, so the file makes sense pasted alone
 * into a paper or a slide.
 */
export function chartSvgImage(
  chart: SVGSVGElement,
  title: string,
  legend: readonly LegendEntry[],
  caption: string,
): SvgImage {
  const box = chart.getBoundingClientRect();
  const width = Math.max(Math.round(box.width), 320);
  const chartHeight = Math.round(box.height);

  const rows: { entry: LegendEntry; x: number; row: number }[] = [];
  let x = PADDING;
  let row = 0;
  for (const entry of legend) {
    const itemWidth = 18 + approximateWidth(entry.label, 12) + 16;
    if (x + itemWidth > width - PADDING && x > PADDING) {
      row += 1;
      x = PADDING;
    }
    rows.push({ entry, x, row });
    x += itemWidth;
  }
  const legendHeight = legend.length ? (row + 1) * LEGEND_ROW + PADDING : 0;
  const captionLines = wrapText(caption, width - 2 * PADDING, 12);
  const height = TITLE_HEIGHT + chartHeight + legendHeight + captionLines.length * CAPTION_LINE + PADDING;

  const root = element("svg", {
    xmlns: SVG_NS,
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    "font-family": FONT,
  });
  root.append(element("rect", { x: 0, y: 0, width, height, fill: "#ffffff" }));
  const heading = element("text", {
    x: PADDING,
    y: 22,
    "font-size": 16,
    "font-weight": 700,
    fill: "#1d2430",
  });
  heading.textContent = title;
  root.append(heading);

  const body = chart.cloneNode(true) as SVGSVGElement;
  body.setAttribute("x", "0");
  body.setAttribute("y", String(TITLE_HEIGHT));
  body.setAttribute("width", String(width));
  body.setAttribute("height", String(chartHeight));
  body.removeAttribute("style");
  body.removeAttribute("tabindex");
  root.append(body);

  const legendTop = TITLE_HEIGHT + chartHeight + PADDING / 2;
  for (const { entry, x: left, row: line } of rows) {
    const top = legendTop + line * LEGEND_ROW;
    root.append(element("rect", { x: left, y: top + 3, width: 12, height: 12, fill: entry.colour }));
    const label = element("text", { x: left + 18, y: top + 14, "font-size": 12, fill: "#1d2430" });
    label.textContent = entry.label;
    root.append(label);
  }
  const captionTop = TITLE_HEIGHT + chartHeight + legendHeight;
  const captionText = element("text", { "font-size": 12, fill: "#4a5363", "data-caption": "" });
  captionLines.forEach((line, i) => {
    const span = element("tspan", { x: PADDING, y: captionTop + (i + 1) * CAPTION_LINE - 4 });
    span.textContent = line;
    captionText.append(span);
  });
  root.append(captionText);
  return { markup: new XMLSerializer().serializeToString(root), width, height };
}

/** Rasterises an SVG image at twice its size (sharp on high-density screens and in print). */
export async function svgToPng(image: SvgImage, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([image.markup], { type: "image/svg+xml;charset=utf-8" }));
  try {
    const picture = new Image();
    picture.src = url;
    await picture.decode();
    const canvas = document.createElement("canvas");
    canvas.width = image.width * scale;
    canvas.height = image.height * scale;
    const context = canvas.getContext("2d");
    if (!context) throw new Error("This browser cannot draw on a canvas.");
    context.drawImage(picture, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error("PNG encoding failed."))),
        "image/png",
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
