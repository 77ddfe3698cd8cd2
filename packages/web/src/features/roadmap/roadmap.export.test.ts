import { describe, expect, it } from 'vitest';
import { pngScale, withEmbeddedFonts } from './roadmap.export';
import { barStatus, mix, textOn } from './roadmap.palette';
import { fitText } from './roadmap.text';

describe('withEmbeddedFonts', () => {
  it('puts the fonts first inside the SVG and keeps the rest as it was', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="10"><rect width="1"/></svg>';
    const out = withEmbeddedFonts(svg, [{ family: 'Inter', weight: 600, url: 'data:font/woff2;base64,AAAA' }]);
    expect(out).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" width="10"><defs><style>@font-face{font-family:"Inter";font-weight:600;font-style:normal;src:url(data:font/woff2;base64,AAAA) format("woff2");}</style></defs><rect width="1"/></svg>',
    );
    expect(() => withEmbeddedFonts('<div/>', [])).toThrow();
  });
});

describe('pngScale', () => {
  it('draws small pictures sharp and shrinks huge ones to what a canvas takes', () => {
    expect(pngScale(1400, 900)).toBe(2);
    const wide = pngScale(30_000, 2_000);
    expect(30_000 * wide).toBeLessThanOrEqual(16_384);
    const big = pngScale(12_000, 9_000);
    expect(12_000 * big * 9_000 * big).toBeLessThanOrEqual(64_000_001);
    expect(big).toBeLessThan(1);
  });
});

describe('palette', () => {
  it('writes dark text on light fills and white text on dark ones', () => {
    expect(textOn('#ffd43b')).toBe('#111418');
    expect(textOn('#1864ab')).toBe('#ffffff');
  });

  it('mixes a colour into the background', () => {
    expect(mix('#ff0000', '#ffffff', 1)).toBe('#ff0000');
    expect(mix('#ff0000', '#ffffff', 0)).toBe('#ffffff');
    expect(mix('#000000', '#ffffff', 0.5)).toBe('#808080');
  });

  it('calls work overdue when it should have ended before today and is not done', () => {
    expect(barStatus('in_progress', '2027-02-28', '2027-03-01')).toBe('overdue');
    expect(barStatus('done', '2027-02-28', '2027-03-01')).toBe('done');
    expect(barStatus(null, '2027-03-01', '2027-03-01')).toBe('none');
  });
});

describe('fitText', () => {
  it('keeps text that fits, cuts what does not, and drops what cannot be read', () => {
    expect(fitText('Checkout', 100)).toBe('Checkout');
    expect(fitText('Rebuild the mobile checkout', 60)).toBe('Rebuild…');
    expect(fitText('Rebuild the mobile checkout', 20)).toBeNull();
  });
});
