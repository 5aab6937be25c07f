// The SVG writer: labels are escaped text (a hostile label cannot become markup), shapes match the map,
// labels never overlap, and only palette-shaped colours are written.
import { describe, expect, test } from 'vitest';
import { escapeXml, type SvgNode, writeSvg } from './svg.js';

const node = (x: number, y: number, label: string, extra: Partial<SvgNode> = {}): SvgNode => ({
  x, y, size: 5, colour: '#4e79a7', label, ring: 0, gap: 0, ringColour: '#1b1b1b', emphasised: false, ...extra,
});

describe('writeSvg', () => {
  test('hostile labels are escaped, never markup', () => {
    const svg = writeSvg([node(0, 0, '<img src=x onerror=alert(1)>'), node(100, 100, '</text><script>alert(2)</script>&')], []);
    expect(svg).not.toMatch(/<img|<script/);
    expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(svg).toContain('&lt;/text&gt;&lt;script&gt;alert(2)&lt;/script&gt;&amp;');
  });

  test('one line per tie, one circle per organisation (three for a weakly connected pioneer)', () => {
    const svg = writeSvg([node(0, 0, 'a'), node(10, 0, 'b', { ring: 0.3, gap: 0.16, emphasised: true }), node(0, 10, 'c', { ring: 0.2 })], [
      { source: 0, target: 1, width: 1, colour: '#c9c9c9' },
      { source: 1, target: 2, width: 1, colour: '#c9c9c9' },
    ]);
    expect(svg.match(/<line /g)).toHaveLength(2);
    expect(svg.match(/<circle /g)).toHaveLength(1 + 3 + 2);
  });

  test('layout y grows upwards, SVG y downwards: the top organisation is drawn nearer the top', () => {
    const svg = writeSvg([node(0, 0, 'low'), node(0, 100, 'high')], [], { width: 200, height: 200, padding: 10 });
    const ys = [...svg.matchAll(/<circle cx="[\d.]+" cy="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(ys[0]).toBeGreaterThan(ys[1]);
  });

  test('labels that would overlap are left out, emphasised ones first', () => {
    const svg = writeSvg([node(0, 0, 'Big One', { size: 9 }), node(0.001, 0, 'Pioneer', { emphasised: true }), node(1000, 1000, 'Far Away')], []);
    const labels = [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(labels).toEqual(['Pioneer', 'Far Away']);
  });

  test('colours that are not #rgb or #rrggbb are replaced', () => {
    const svg = writeSvg([node(0, 0, 'a', { colour: 'red" onload="alert(1)' })], []);
    expect(svg).not.toContain('onload');
  });

  test('escapeXml drops control characters XML cannot hold', () => {
    expect(escapeXml('a\u0000b\u0007c"\'')).toBe('abc&quot;&apos;');
  });
});
