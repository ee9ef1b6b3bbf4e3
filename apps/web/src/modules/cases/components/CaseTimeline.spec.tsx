import { screen, within } from '@testing-library/react';
import type { TimelineEntry } from '@waiji/contract';
import { renderRoute } from '../../../test/renderRoute';
import { CaseTimeline } from './CaseTimeline';

const entry = (patch: Partial<TimelineEntry> & Pick<TimelineEntry, 'id' | 'action' | 'at'>): TimelineEntry => ({
  fromState: null,
  toState: null,
  actor: { id: '00000000-0000-4000-9000-0000000000a1', displayName: 'Mei Lin' },
  versionAfter: null,
  reasonCode: null,
  originalMessage: null,
  interpretations: [],
  data: {},
  ...patch,
});

const entries: TimelineEntry[] = [
  entry({
    id: 'e1',
    action: 'resubmit',
    at: '2026-12-01T02:00:00.000Z',
    fromState: 'ISSUER_DECLINED',
    toState: 'THREE_DS_PENDING',
  }),
  entry({
    id: 'e2',
    action: 'resubmit',
    at: '2026-12-01T03:00:00.000Z',
    fromState: 'CARD_UNSUPPORTED',
    toState: 'THREE_DS_PENDING',
  }),
  entry({
    id: 'e3',
    action: 'approve',
    at: '2026-12-01T04:00:00.000Z',
    fromState: 'THREE_DS_PENDING',
    toState: 'APPROVED',
  }),
  entry({
    id: 'e4',
    action: 'UNDO',
    at: '2026-12-01T04:05:00.000Z',
    fromState: 'APPROVED',
    toState: 'THREE_DS_PENDING',
    data: { undoneAction: 'approve', undoneVersion: 4 },
  }),
];

const titles = () =>
  within(screen.getByRole('list', { name: /Timeline|时间线/ }))
    .getAllByRole('listitem')
    .map((item) => item.getAttribute('data-action') + ': ' + (item.textContent ?? ''));

describe('case timeline: action names', () => {
  it('names an international card’s actions in its machine’s words, per the state they were taken from', () => {
    renderRoute(<CaseTimeline entries={entries} caseType="INTERNATIONAL_CARD_BINDING" />);
    const [undo, approve, another, again] = titles();
    expect(again).toContain('Try a card again');
    expect(another).toContain('Try another card');
    expect(approve).toContain('Card bound');
    expect(undo).toContain('Card bound');
    expect(titles().join('\n')).not.toContain('Resubmit');
  });

  it('says the same in Chinese', () => {
    renderRoute(<CaseTimeline entries={entries.slice(0, 1)} caseType="INTERNATIONAL_CARD_BINDING" />, {
      language: 'zh',
    });
    expect(titles()[0]).toContain('重新绑卡');
  });

  it('keeps the generic name where the machine has no wording of its own', () => {
    const resubmit = entry({ id: 'e9', action: 'resubmit', at: '2026-12-01T02:00:00.000Z', fromState: 'REJECTED' });
    renderRoute(<CaseTimeline entries={[resubmit]} caseType="BANK_CARD_VERIFICATION" />);
    expect(titles()[0]).toContain('Resubmit');
  });
});
