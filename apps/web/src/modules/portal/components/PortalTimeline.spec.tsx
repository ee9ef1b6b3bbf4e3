import { act, screen, within } from '@testing-library/react';
import { messageKnowledge } from '@waiji/domain';
import { switchLanguage } from '../../../i18n/clientPacks';
import { renderWithProviders } from '../../../test/render';
import { renderRoute } from '../../../test/renderRoute';
import type { PortalTimelineEntry } from '../api/portalApi';
import { PortalTimeline } from './PortalTimeline';

const step = (
  id: string,
  action: PortalTimelineEntry['action'],
  fromState: PortalTimelineEntry['fromState'],
  at: string,
) =>
  ({
    id,
    action,
    fromState,
    toState: 'THREE_DS_PENDING',
    at,
    reasonCode: null,
    originalMessage: null,
    interpretations: [],
  }) satisfies PortalTimelineEntry;

describe('portal timeline: action names', () => {
  it('tells the client an international card’s steps in its machine’s words', () => {
    renderRoute(
      <PortalTimeline
        caseType="INTERNATIONAL_CARD_BINDING"
        entries={[
          step('e1', 'submit', 'PREPARING', '2026-12-01T02:00:00.000Z'),
          step('e2', 'resubmit', 'ISSUER_DECLINED', '2026-12-01T03:00:00.000Z'),
        ]}
      />,
    );
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Try a card again');
    expect(items[1]).toHaveTextContent('Card added, 3-D Secure pending');
    expect(screen.queryByText('Resubmit')).not.toBeInTheDocument();
  });
});

describe('portal timeline: a rejection in the client’s language', () => {
  it('names what happened in Russian, gives Alipay’s reason in Chinese with its Russian meaning, and what the message means', async () => {
    const knowledge = messageKnowledge.DOCUMENTS_MISSING;
    const rejected = {
      ...step('e1', 'reject', 'MANUAL_REVIEW', '2026-12-01T02:00:00.000Z'),
      toState: 'REJECTED',
      reasonCode: 'DOCUMENTS_MISSING',
      originalMessage: '您申请的[支付宝个人认证认证]失败了,失败原因为:缺少其他有效证件 。',
      interpretations: [
        {
          code: 'DOCUMENTS_MISSING',
          kind: knowledge.kind,
          meaning: knowledge.meaning,
          causes: [...knowledge.causes],
          nextSteps: [...knowledge.nextSteps],
          matchedText: '缺少其他有效证件',
          language: 'zh',
          source: [...knowledge.source],
        },
      ],
    } satisfies PortalTimelineEntry;
    const { i18n } = renderWithProviders(<PortalTimeline caseType="BANK_CARD_VERIFICATION" entries={[rejected]} />);
    await act(() => switchLanguage(i18n, 'ru'));

    const item = within(screen.getByRole('list')).getByRole('listitem');
    // What happened, named in Russian too ("Rejected" is the action's English name).
    expect(item).toHaveTextContent('Отклонено');
    expect(item).not.toHaveTextContent('Rejected');
    expect(item).toHaveTextContent('缺少其他有效证件 — Не хватает других действительных документов');
    expect(item).not.toHaveTextContent('Other valid documents missing');
    const meaning = within(item).getByText(/Проверка не пройдена: не хватает других действительных документов/);
    expect(meaning.closest('[lang]')).toHaveAttribute('lang', 'ru');
    expect(item).not.toHaveTextContent(knowledge.meaning.en);
  });
});
