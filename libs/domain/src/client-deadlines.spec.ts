import { type ClientDeadline, clientDeadlines, leadingDeadline, type ReminderFact } from './client-deadlines';
import { reminderKindLabels } from './reminder-kinds';

const at = (iso: string) => new Date(iso);
const fact = (kind: string, dueAt: string, extra: Partial<ReminderFact> = {}): ReminderFact => ({
  kind,
  dueAt: at(dueAt),
  audience: 'BOTH',
  manual: false,
  key: null,
  ...extra,
});
const kinds = (deadlines: ClientDeadline[]) => deadlines.map((deadline) => deadline.kind);

describe('clientDeadlines: what the client is shown of the pending reminders (W)', () => {
  it('W soonest first, named by the domain kinds; the helper’s chase and manual notes stay out', () => {
    const deadlines = clientDeadlines([
      fact('DOCUMENT_EXPIRING', '2027-01-30T16:00:00Z', { key: 'DOCUMENT_EXPIRING:VISA:2027-03-01' }),
      fact('DEPOSIT_OVERDUE', '2026-12-08T01:00:00Z', { audience: 'HELPER' }),
      fact('MANUAL', '2026-12-06T01:00:00Z', { manual: true, audience: 'HELPER' }),
      fact('REVIEW_DUE', '2026-12-09T01:00:00Z', { audience: 'HELPER' }),
      fact('RETRY_ALLOWED', '2026-12-06T16:00:00Z'),
      fact('SOMETHING_NEW', '2026-12-01T00:00:00Z'),
    ]);
    expect(kinds(deadlines)).toEqual(['RETRY_ALLOWED', 'REVIEW_DUE', 'DOCUMENT_EXPIRING']);
    expect(deadlines[2]).toMatchObject({ document: 'VISA', expiresOn: '2027-03-01' });
    for (const deadline of deadlines) expect(reminderKindLabels[deadline.kind].en).not.toBe('');
  });

  it('S2 a nearer case deadline leads, not a far-off visa reminder', () => {
    const deadlines = clientDeadlines([
      fact('DOCUMENT_EXPIRING', '2026-12-01T00:00:00Z', { key: 'DOCUMENT_EXPIRING:VISA:2027-01-01' }),
      fact('RETRY_ALLOWED', '2026-12-06T16:00:00Z'),
    ]);
    expect(leadingDeadline(deadlines)?.kind).toBe('RETRY_ALLOWED');
  });

  it('W the document’s expiry leads only when the case has no deadline of its own; none at all gives null', () => {
    const only = clientDeadlines([
      fact('DOCUMENT_EXPIRING', '2027-01-30T16:00:00Z', { key: 'DOCUMENT_EXPIRING:PASSPORT:2027-03-01' }),
    ]);
    expect(leadingDeadline(only)).toMatchObject({ kind: 'DOCUMENT_EXPIRING', document: 'PASSPORT' });
    expect(leadingDeadline([])).toBeNull();
  });

  it('W never throws: odd keys keep the deadline without a document, odd rows are skipped', () => {
    expect(clientDeadlines([fact('DOCUMENT_EXPIRING', '2027-01-01T00:00:00Z', { key: 'x' })])).toEqual([
      { kind: 'DOCUMENT_EXPIRING', dueAt: at('2027-01-01T00:00:00Z') },
    ]);
    expect(clientDeadlines([null as unknown as ReminderFact, fact('REVIEW_DUE', 'not a date')])).toEqual([]);
    expect(clientDeadlines('nope' as unknown as ReminderFact[])).toEqual([]);
  });
});
