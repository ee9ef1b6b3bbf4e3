import { machines } from '@waiji/domain';
import { layoutMachine, wrapLabel } from './diagramLayout';

describe('layoutMachine', () => {
  it('puts the happy path in one column and REJECTED beside it, level with the states it leaves', () => {
    const layout = layoutMachine(machines.BANK_CARD_VERIFICATION);
    const node = (state: string) => layout.nodes.find((candidate) => candidate.state === state);

    const spine = layout.nodes.filter((candidate) => candidate.lane === 'main').map((candidate) => candidate.state);
    expect(spine).toEqual(['PREPARING', 'SUBMITTED', 'AWAITING_DEPOSIT', 'MANUAL_REVIEW', 'APPROVED']);
    expect(node('REJECTED')?.lane).toBe('side');
    // Rejected from SUBMITTED, AWAITING_DEPOSIT and MANUAL_REVIEW: level with the middle one.
    expect(node('REJECTED')?.center.y).toBe(node('AWAITING_DEPOSIT')?.center.y);
    expect(node('PREPARING')?.initial).toBe(true);
    expect(node('APPROVED')?.final).toBe(true);
  });

  it.each(Object.values(machines))(
    'names each transition of $type once and keeps everything inside the drawing',
    (machine) => {
      const layout = layoutMachine(machine);

      const labelled = layout.edges.filter((edge) => edge.label).map((edge) => edge.action);
      expect(labelled.sort()).toEqual(machine.transitions.map((transition) => transition.action).sort());
      for (const { center } of layout.nodes) {
        expect(center.x - layout.nodeWidth / 2).toBeGreaterThanOrEqual(0);
        expect(center.x + layout.nodeWidth / 2).toBeLessThanOrEqual(layout.width);
        expect(center.y + layout.nodeHeight / 2).toBeLessThanOrEqual(layout.height);
      }
    },
  );

  it('bends a two-way pair apart so the arrows do not overlap', () => {
    const layout = layoutMachine(machines.RESTRICTION_APPEAL);
    const reject = layout.edges.find((edge) => edge.action === 'reject' && edge.from === 'SUBMITTED');
    const resubmit = layout.edges.find((edge) => edge.action === 'resubmit');

    expect(reject?.path).toContain(' Q ');
    expect(resubmit?.path).toContain(' Q ');
    expect(reject?.path).not.toEqual(resubmit?.path);
  });
});

describe('wrapLabel', () => {
  it.each([
    ['Application accepted, awaiting deposit', 22, ['Application accepted,', 'awaiting deposit']],
    ['Submit', 22, ['Submit']],
    ['已受理，等待打款', 8, ['已受理，等待打款']],
    ['外籍实名认证大陆银行卡打款验证', 8, ['外籍实名认证大陆', '银行卡打款验证']],
    ['已受理的申请，等待打款', 8, ['已受理的申请，', '等待打款']],
  ])('%s at %i characters', (text, max, lines) => {
    expect(wrapLabel(text, max)).toEqual(lines);
  });
});
