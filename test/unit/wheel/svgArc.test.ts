import { arcPath, pointToPolar } from '../../../src/domain/wheel/svgArc';

/** The points a path visits (M, L and the end points of A commands), as [x, y]. */
function points(d: string): number[][] {
  const out: number[][] = [];
  for (const [, cmd, args] of d.matchAll(/([MLA])([^MLAZ]*)/g)) {
    const n = args.split(',').map(Number);
    out.push(cmd === 'A' ? n.slice(5, 7) : n.slice(0, 2));
  }
  return out;
}

describe('arcPath: annular sectors around the centre', () => {
  test('a quarter from 12 to 3 o\'clock between radii 50 and 100 around (400, 400)', () => {
    expect(arcPath(400, { innerRadius: 50, outerRadius: 100, startAngle: 0, endAngle: Math.PI / 2 }))
      .toBe('M400,300A100,100,0,0,1,500,400L450,400A50,50,0,0,0,400,350Z');
  });

  test('more than half a turn uses the large-arc flag; every point lies on its radius', () => {
    const d = arcPath(400, { innerRadius: 200, outerRadius: 250, startAngle: 1, endAngle: 5 });
    expect(d).toMatch(/A250,250,0,1,1,/);
    const radii = points(d).map(([x, y]) => Math.round(pointToPolar(400, x, y).radius));
    expect(radii).toEqual([250, 250, 200, 200]);
  });

  test('a full turn is a ring with its hole left empty; angles the wrong way round are the same sector', () => {
    const ring = arcPath(400, { innerRadius: 300, outerRadius: 350, startAngle: 0, endAngle: 2 * Math.PI });
    expect(ring.split('M')).toHaveLength(3);
    expect(ring).toMatch(/A300,300,0,1,0,/);
    expect(arcPath(400, { innerRadius: 50, outerRadius: 100, startAngle: Math.PI / 2, endAngle: 0 }))
      .toBe(arcPath(400, { innerRadius: 50, outerRadius: 100, startAngle: 0, endAngle: Math.PI / 2 }));
    expect(arcPath(400, { innerRadius: 0, outerRadius: 100, startAngle: 0, endAngle: 1 })).toMatch(/L400,400Z$/);
  });
});
