/*
 * Export of the drawn roadmap: an SVG file that carries its own fonts (so it looks the same on
 * a machine without Inter, and loads nothing from outside), and a PNG drawn from it.
 */

export interface EmbeddedFont {
  family: string;
  weight: number;
  /** A data: URL of the font file. */
  url: string;
}

/** The SVG text with @font-face rules for `fonts` as its first child. */
export function withEmbeddedFonts(svg: string, fonts: readonly EmbeddedFont[]): string {
  const open = /<svg\b[^>]*>/.exec(svg);
  if (!open) throw new Error('not an SVG document');
  const faces = fonts
    .map((font) => `@font-face{font-family:"${font.family}";font-weight:${font.weight};font-style:normal;src:url(${font.url}) format("woff2");}`)
    .join('');
  const at = open.index + open[0].length;
  return `${svg.slice(0, at)}<defs><style>${faces}</style></defs>${svg.slice(at)}`;
}

/** Largest side and area a canvas can be trusted with. */
const MAX_SIDE = 16_384;
const MAX_AREA = 64_000_000;

/**
 * Pixels per SVG unit for the PNG: sharp (2×) when the picture is small enough, and shrunk
 * to fit the canvas limits of browsers when it is very large.
 */
export function pngScale(width: number, height: number, wanted = 2): number {
  const side = MAX_SIDE / Math.max(width, height);
  const area = Math.sqrt(MAX_AREA / (width * height));
  return Math.min(wanted, side, area);
}

export async function fontDataUrl(url: string): Promise<string> {
  const blob = await (await fetch(url)).blob();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error(`could not read ${url}`));
    reader.readAsDataURL(new Blob([blob], { type: 'font/woff2' }));
  });
}

export async function svgToPng(svg: string, width: number, height: number): Promise<Blob> {
  const scale = pngScale(width, height);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d canvas');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the PNG could not be made'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by the next task; the URL is not needed after that.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
