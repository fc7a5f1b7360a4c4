// Browser side of chart downloads: collect the chart's <svg> elements, compose them into one
// standalone SVG (chart-export.ts) and save it as SVG or as a PNG at 2× pixel ratio.
import { chartFileName, composeExportSvg, type ExportPart, type ExportSpec } from '../../chart-export';
import { saveBlob } from '../../save-blob';
import { measureText } from './text-metrics';

export type ExportFormat = 'png' | 'svg';

const PNG_PIXEL_RATIO = 2;

/** The chart's drawing surfaces: each <svg data-export>, except SVGs nested in another SVG. */
function chartSvgElements(root: Element): SVGSVGElement[] {
  return [...root.querySelectorAll<SVGSVGElement>('svg[data-export]')].filter(
    (svg) => !svg.parentElement?.closest('svg'),
  );
}

function serializeSvg(svg: SVGSVGElement): ExportPart {
  const box = svg.getBoundingClientRect();
  const width = Math.round(box.width || Number(svg.getAttribute('width')) || 0);
  const height = Math.round(box.height || Number(svg.getAttribute('height')) || 0);
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  clone.removeAttribute('style');
  clone.removeAttribute('tabindex');
  // Keyboard focus rings and hover highlights are screen state, not part of the figure.
  clone.querySelectorAll('[tabindex]').forEach((el) => el.removeAttribute('tabindex'));
  clone.querySelectorAll('[data-screen-only]').forEach((el) => el.remove());
  return { svg: new XMLSerializer().serializeToString(clone), width, height };
}

async function svgToPng(svg: string, width: number, height: number): Promise<Blob> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = width * PNG_PIXEL_RATIO;
  canvas.height = height * PNG_PIXEL_RATIO;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('Canvas 2D недоступен');
  context.scale(PNG_PIXEL_RATIO, PNG_PIXEL_RATIO);
  context.drawImage(image, 0, 0, width, height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('Не удалось создать PNG'))), 'image/png'),
  );
}

/** Composes and saves the chart under `root`; returns the file name used. */
export async function downloadChart(
  root: Element,
  spec: Omit<ExportSpec, 'parts'>,
  fileNameParts: readonly string[],
  format: ExportFormat,
): Promise<string> {
  const parts = chartSvgElements(root).map(serializeSvg);
  if (parts.length === 0) throw new Error('На графике нечего сохранить');
  const { svg, width, height } = composeExportSvg({ ...spec, parts, measure: measureText });
  const fileName = chartFileName(fileNameParts, format);
  const blob =
    format === 'svg' ? new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }) : await svgToPng(svg, width, height);
  saveBlob(blob, fileName);
  return fileName;
}
