// Test helper: whether a canvas really has a drawing on it, told from a screenshot of it.
import type { Locator, Page } from "playwright-core";

/** How many distinct colours a screenshot of the canvas has: a blank canvas has one or two, a drawn scene many. */
export async function colours(page: Page, canvas: Locator): Promise<number> {
  const png = (await canvas.screenshot()).toString("base64");
  return page.evaluate(async (data) => {
    const img = new Image();
    img.src = `data:image/png;base64,${data}`;
    await img.decode();
    const c = document.createElement("canvas");
    c.width = img.width;
    c.height = img.height;
    const g = c.getContext("2d");
    if (!g) return 0;
    g.drawImage(img, 0, 0);
    const pixels = g.getImageData(0, 0, c.width, c.height).data;
    const seen = new Set<number>();
    for (let i = 0; i < pixels.length; i += 4 * 7)
      seen.add(((pixels[i] ?? 0) << 16) | ((pixels[i + 1] ?? 0) << 8) | (pixels[i + 2] ?? 0));
    return seen.size;
  }, png);
}
