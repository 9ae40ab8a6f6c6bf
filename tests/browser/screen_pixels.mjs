// Reading what the rep sees from a screenshot, shared by the Chromium and Firefox harnesses.
// The app draws only when something changes, so its WebGL canvas cannot be read back at an
// arbitrary moment; a screenshot can. The page decodes the PNG itself (no decoder in node).

// Runs in the page (pass it to page.evaluate with {base64, x, y}): the number of distinct
// colours over a 7-pixel grid, and the colour at pixel (x, y).
export async function measureScreenshotInPage({ base64, x = 0, y = 0 }) {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const image = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
  const copy = document.createElement('canvas');
  copy.width = image.width; copy.height = image.height;
  const ctx = copy.getContext('2d');
  ctx.drawImage(image, 0, 0);
  const data = ctx.getImageData(0, 0, copy.width, copy.height).data;
  const seen = new Set();
  for (let py = 0; py < copy.height; py += 7) {
    for (let px = 0; px < copy.width; px += 7) {
      const i = (py * copy.width + px) * 4;
      seen.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
    }
  }
  const at = (Math.round(y) * copy.width + Math.round(x)) * 4;
  return { colours: seen.size, pixel: Array.from(data.slice(at, at + 3)) };
}
