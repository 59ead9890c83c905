// Renders the PWA icons (PNG) from the Kizuna mark — two linked rings, "ties that last" — using the
// system Chromium. The PNGs are committed; run this (`npm run icons -w web`) only when the mark changes.
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const brand = '#364fc7';
const publicDir = fileURLToPath(new URL('../public/', import.meta.url));

/** The mark on a 512×512 canvas; `scale` shrinks the rings around the centre, `rounded` gives the tile rounded corners. */
export function markSvg({ scale = 0.8, rounded = true } = {}) {
  const ring = 'fill="none" stroke-linecap="butt"';
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" width="512" height="512">
  <rect width="512" height="512" ${rounded ? 'rx="112"' : ''} fill="${brand}"/>
  <g transform="translate(256 256) scale(${scale}) translate(-256 -256)">
    <circle cx="200" cy="256" r="110" ${ring} stroke="${brand}" stroke-width="60"/>
    <circle cx="200" cy="256" r="110" ${ring} stroke="#ffffff" stroke-width="40"/>
    <circle cx="312" cy="256" r="110" ${ring} stroke="${brand}" stroke-width="60"/>
    <circle cx="312" cy="256" r="110" ${ring} stroke="#ffffff" stroke-width="40"/>
    <clipPath id="gap"><circle cx="256" cy="161" r="48"/></clipPath>
    <clipPath id="over"><circle cx="256" cy="161" r="72"/></clipPath>
    <circle cx="200" cy="256" r="110" ${ring} stroke="${brand}" stroke-width="60" clip-path="url(#gap)"/>
    <circle cx="200" cy="256" r="110" ${ring} stroke="#ffffff" stroke-width="40" clip-path="url(#over)"/>
  </g>
</svg>
`;
}

const outputs = [
  { file: 'icons/icon-192.png', size: 192, svg: markSvg() },
  { file: 'icons/icon-512.png', size: 512, svg: markSvg() },
  { file: 'icons/apple-touch-icon.png', size: 180, svg: markSvg({ rounded: false }) },
  { file: 'icons/icon-maskable-512.png', size: 512, svg: markSvg({ scale: 0.7, rounded: false }) },
];

await writeFile(`${publicDir}favicon.svg`, markSvg());
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  for (const { file, size, svg } of outputs) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const html = `<html><body style="margin:0;background:transparent">${svg.replace('width="512" height="512"', `width="${size}" height="${size}"`)}</body></html>`;
    await page.setContent(html);
    await page.locator('svg').screenshot({ path: `${publicDir}${file}`, omitBackground: true });
    await page.close();
    console.log(`wrote public/${file}`);
  }
} finally {
  await browser.close();
}
