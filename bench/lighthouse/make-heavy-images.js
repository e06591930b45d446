// Draws the photographs of the heavy fixture sites (fixtures/heavy-assets/img/*.jpg) with the system
// Chromium: landscapes and town views made of gradients, shapes and film grain, encoded as JPEG the
// way a municipal web team uploads them (full size, quality 0.85, never resized). Deterministic for a
// given Chromium. The images are committed; run this only to change them:
//   npm run build && node bench/lighthouse/make-heavy-images.js
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { findChrome } from '../../dist/browser/chrome.js';
import { launchChromium } from '../../dist/lighthouse/chromium.js';

const outDir = fileURLToPath(new URL('../../fixtures/heavy-assets/img/', import.meta.url));

/** name, width, height, seed, palette (sky top, sky bottom, ground), quality */
const images = [
  ['slide-mairie', 1920, 820, 1, ['#5d8fc9', '#cfe3f3', '#6a8f3a'], 0.86],
  ['slide-marche', 1920, 820, 2, ['#e8a25c', '#f6dfb8', '#8b6b3d'], 0.86],
  ['slide-riviere', 1920, 820, 3, ['#3f6ea8', '#a9cde8', '#3e6b48'], 0.86],
  ['banniere-demarches', 1600, 500, 4, ['#7aa6cf', '#e3eef7', '#7a8f5a'], 0.84],
  ['banniere-actualites', 1600, 500, 5, ['#c9785d', '#f3d2b8', '#5b6b3a'], 0.84],
  ['actu-travaux', 800, 533, 6, ['#8fb3d9', '#e9f1f8', '#9a8a6a'], 0.82],
  ['actu-fete', 800, 533, 7, ['#2d4f7f', '#f0a85a', '#4a5a2a'], 0.82],
  ['actu-conseil', 800, 533, 8, ['#6f8fb0', '#dfe8ef', '#80705a'], 0.82],
  ['actu-ecole', 800, 533, 9, ['#9cc3e6', '#f2f7fb', '#6b8f3a'], 0.82],
];

function draw(width, height, seed, palette, quality) {
  /* global document */
  let state = seed * 2654435761;
  const random = () => (state = (state * 1103515245 + 12345) >>> 0) / 4294967296;
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const g = canvas.getContext('2d');
  const sky = g.createLinearGradient(0, 0, 0, height * 0.7);
  sky.addColorStop(0, palette[0]);
  sky.addColorStop(1, palette[1]);
  g.fillStyle = sky;
  g.fillRect(0, 0, width, height);
  for (let i = 0; i < 14; i++) {
    g.fillStyle = `rgba(255,255,255,${0.25 + random() * 0.4})`;
    g.beginPath();
    g.ellipse(random() * width, random() * height * 0.35, 60 + random() * 180, 20 + random() * 40, 0, 0, Math.PI * 2);
    g.fill();
  }
  for (let layer = 0; layer < 3; layer++) {
    g.fillStyle = palette[2];
    g.globalAlpha = 0.5 + layer * 0.25;
    g.beginPath();
    g.moveTo(0, height);
    for (let x = 0; x <= width; x += 40)
      g.lineTo(x, height * (0.55 + layer * 0.1) + Math.sin(x / (120 + layer * 60) + seed) * 40 + random() * 12);
    g.lineTo(width, height);
    g.fill();
  }
  g.globalAlpha = 1;
  for (let i = 0; i < 22; i++) {
    const w = 40 + random() * 120;
    const h = 60 + random() * 200;
    const x = random() * width;
    const y = height * 0.8 - h;
    g.fillStyle = `hsl(${20 + random() * 30}, ${20 + random() * 30}%, ${55 + random() * 30}%)`;
    g.fillRect(x, y, w, h);
    g.fillStyle = `hsl(${random() * 20}, 50%, ${30 + random() * 15}%)`;
    g.beginPath();
    g.moveTo(x - 8, y);
    g.lineTo(x + w / 2, y - 30 - random() * 40);
    g.lineTo(x + w + 8, y);
    g.fill();
    g.fillStyle = 'rgba(40,50,70,0.7)';
    for (let wy = y + 15; wy < y + h - 20; wy += 30) for (let wx = x + 10; wx < x + w - 15; wx += 25) g.fillRect(wx, wy, 12, 16);
  }
  // Film grain: what keeps a photograph heavy after JPEG compression.
  const pixels = g.getImageData(0, 0, width, height);
  for (let i = 0; i < pixels.data.length; i += 4) {
    const grain = (random() - 0.5) * 20;
    pixels.data[i] += grain;
    pixels.data[i + 1] += grain;
    pixels.data[i + 2] += grain;
  }
  g.putImageData(pixels, 0, 0);
  return canvas.toDataURL('image/jpeg', quality);
}

const profile = mkdtempSync(join(tmpdir(), 'muniseo-images-'));
const chromium = await launchChromium(findChrome(), profile);
try {
  const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chromium.port}`, defaultViewport: null });
  const page = await browser.newPage();
  for (const [name, width, height, seed, palette, quality] of images) {
    const dataUrl = await page.evaluate(draw, width, height, seed, palette, quality);
    const bytes = Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64');
    writeFileSync(join(outDir, `${name}.jpg`), bytes);
    process.stderr.write(`${name}.jpg ${width}×${height} ${(bytes.length / 1024).toFixed(0)} KiB\n`);
  }
  await browser.disconnect();
} finally {
  await chromium.kill();
  rmSync(profile, { recursive: true, force: true });
}
