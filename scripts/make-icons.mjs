// Draws the two Teams app icons (manifest/color.png, manifest/outline.png) from code so they can be
// regenerated instead of hand-edited. The PNGs are committed; run `node scripts/make-icons.mjs` after
// changing the drawing. Teams wants color 192x192 (full colour) and outline 32x32 (white on a transparent
// background): https://learn.microsoft.com/microsoftteams/platform/concepts/build-and-test/apps-package#app-icons
//
// The motif is a round table seen from above with six seats around it: no head of the table, which is the
// point of shared leadership.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// Keep in sync with accentColor in manifest/manifest.json.
const ACCENT = [0x2b, 0x5c, 0x8a];
const WHITE = [0xff, 0xff, 0xff];
const SEATS = 6;

// Coverage of a pixel by a filled disc, with a one-pixel linear edge: cheap anti-aliasing.
function disc(px, py, cx, cy, r) {
  const d = Math.hypot(px - cx, py - cy);
  return Math.max(0, Math.min(1, r - d + 0.5));
}

// Coverage by a ring (annulus) of the given outer radius and stroke width.
function ring(px, py, cx, cy, r, width) {
  return Math.min(disc(px, py, cx, cy, r), 1 - disc(px, py, cx, cy, r - width));
}

// The white shapes of the motif, as coverage 0..1 at pixel (x, y) of a size x size canvas.
function motif(x, y, size, { tableStroke }) {
  const c = size / 2;
  // Sample pixel centres so the drawing is symmetric.
  const px = x + 0.5;
  const py = y + 0.5;
  const tableR = size * 0.24;
  const seatOrbit = size * 0.38;
  const seatR = size * 0.075;
  let cover = tableStroke ? ring(px, py, c, c, tableR, tableStroke) : disc(px, py, c, c, tableR);
  for (let i = 0; i < SEATS; i += 1) {
    // Start at the top so the figure reads as "people around a table", not a flower.
    const a = -Math.PI / 2 + (i * 2 * Math.PI) / SEATS;
    cover = Math.max(cover, disc(px, py, c + seatOrbit * Math.cos(a), c + seatOrbit * Math.sin(a), seatR));
  }
  return cover;
}

function draw(size, paint) {
  const png = new PNG({ width: size, height: size, colorType: 6 });
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      const [r, g, b, a] = paint(x, y);
      const i = (y * size + x) * 4;
      png.data[i] = r;
      png.data[i + 1] = g;
      png.data[i + 2] = b;
      png.data[i + 3] = a;
    }
  }
  return PNG.sync.write(png, { colorType: 6 });
}

// Colour icon: full-bleed accent background with the white motif blended on top.
const color = draw(192, (x, y) => {
  const t = motif(x, y, 192, { tableStroke: 0 });
  const mix = (i) => Math.round(ACCENT[i] * (1 - t) + WHITE[i] * t);
  return [mix(0), mix(1), mix(2), 255];
});

// Outline icon: white only, the shape carried by alpha; the table is a ring so it still reads at 32 px.
const outline = draw(32, (x, y) => {
  const t = motif(x, y, 32, { tableStroke: 2 });
  return [...WHITE, Math.round(255 * t)];
});

writeFileSync(join(root, 'manifest', 'color.png'), color);
writeFileSync(join(root, 'manifest', 'outline.png'), outline);
console.log('wrote manifest/color.png (192x192) and manifest/outline.png (32x32)');
