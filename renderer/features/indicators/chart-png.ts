/**
 * A chart's standalone SVG (shared/kolada/trend-chart.ts `trendChartSvg`) drawn to a PNG for a
 * Word document: the browser's own SVG renderer draws it on a canvas at `scale` times its size, so
 * the printed chart stays sharp (2× is 192 dpi at its printed size). Renderer only: it needs an
 * Image and a canvas; the builders get the bytes.
 */

/** Draws the SVG at `scale` × `width` × `height` pixels on white and returns the PNG's bytes. */
export async function svgToPng(svg: string, size: { width: number; height: number }, scale = 2): Promise<Uint8Array> {
  // A blob URL rather than a data URL: no size limit and no escaping; the CSP allows blob: images.
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(size.width * scale);
    canvas.height = Math.round(size.height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('svgToPng: the browser gave no 2d canvas');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((done) => canvas.toBlob(done, 'image/png'));
    if (!blob) throw new Error('svgToPng: the canvas gave no PNG');
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}
