import { swimLaneLayout } from '../../../../src/domain/processes';

const o = { headerWidth: 100, laneHeight: 80, boxWidth: 120, boxHeight: 60, columnGap: 40, padding: 10 };

describe('swimLaneLayout', () => {
  const steps = [
    { stepNumber: 3, title: 'C', responsibleRole: 'Formand' },
    { stepNumber: 1, title: 'A', responsibleRole: 'Koordinator' },
    { stepNumber: 2, title: 'B' },
    { stepNumber: 4, title: 'D', responsibleRole: ' koordinator ' },
    { stepNumber: 5, title: 'E', responsibleRole: '   ' }
  ];
  const layout = swimLaneLayout(steps, o);

  test('lanes in order of first appearance, same role whatever its case and spaces, no-role lane last', () => {
    expect(layout.lanes).toEqual([
      { key: 'koordinator', role: 'Koordinator', noRole: false, index: 0, y: 0, height: 80 },
      { key: 'formand', role: 'Formand', noRole: false, index: 1, y: 80, height: 80 },
      { key: '', noRole: true, index: 2, y: 160, height: 80 }
    ]);
  });

  test('one column per step in step order, centred in its lane', () => {
    expect(layout.boxes.map((b) => [b.step.title, b.laneIndex, b.column, b.x, b.y])).toEqual([
      ['A', 0, 0, 110, 10], ['B', 2, 1, 270, 170], ['C', 1, 2, 430, 90], ['D', 0, 3, 590, 10], ['E', 2, 4, 750, 170]
    ]);
    expect(layout.width).toBe(110 + 5 * 120 + 4 * 40 + 10);
    expect(layout.height).toBe(240);
  });

  test('connectors: straight within a lane, an elbow in the gap across lanes', () => {
    expect(layout.connectors[0]).toEqual({
      from: 0, to: 1, crossesLanes: true,
      points: [{ x: 230, y: 40 }, { x: 250, y: 40 }, { x: 250, y: 200 }, { x: 270, y: 200 }]
    });
    const sameLane = swimLaneLayout([{ stepNumber: 1 }, { stepNumber: 2 }], o).connectors;
    expect(sameLane).toEqual([{ from: 0, to: 1, crossesLanes: false, points: [{ x: 230, y: 40 }, { x: 270, y: 40 }] }]);
  });

  test('no steps, no lanes; only roles, no no-role lane', () => {
    expect(swimLaneLayout([], o)).toEqual({ lanes: [], boxes: [], connectors: [], width: 120, height: 0 });
    expect(swimLaneLayout([{ stepNumber: 1, responsibleRole: 'A' }]).lanes.map((l) => l.noRole)).toEqual([false]);
  });
});
