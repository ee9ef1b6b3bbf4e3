import { caseWordsJa } from '@waiji/domain';
import type { ClientPack } from './pack';

// 日本語：クライアントポータル。用語は client-glossary.ts に従います（本人確認、少額入金、手動審査、利用制限、
// 異議申し立て、再アップロード）。Alipay のボタン名は中国語（ピンイン付き）のままです。
export const pack: ClientPack = {
  portal: {
    title: 'Alipayの手続き',
    listTitle: '手続きの一覧',
    loading: '手続きを読み込んでいます…',
    errorTitle: '手続きを読み込めませんでした',
    notFoundTitle: '手続きが見つかりません',
    notFound: 'お客様の手続きの中に該当するものがありません。すでに終了した可能性があります。',
    backToCases: 'すべての手続き',
    language: { label: '言語' },
    update: {
      title: '起きたことを記録する',
      body: '申請したこと、少額入金の金額、Alipayからの返信を記録してください。リマインダーと再試行日が自動で合わせられます。',
      open: '手続きを更新',
    },
    calendar: {
      title: '期限をカレンダーで確認',
      body: 'スマートフォンのカレンダーで購読すると、少額入金が届くはずの日や、再試行できる日がわかります。',
      open: 'カレンダーに追加',
    },
    attempt_other: '{{count}}回目の申請',
    nextPrefix: '次：',
    updated: '{{date}}に更新',
    sections: {
      todo: '今すること',
      when: 'これから起きることと時期',
      progress: '手続きの進み具合',
      timeline: 'これまでの経過',
      help: '困ったときの問い合わせ先',
    },
    steps: {
      none: '今することはありません。',
      tap: 'Alipayで押すボタン',
    },
    when: {
      approved: '完了：手続きが承認されました。',
      next: '次：{{kind}}',
      later: 'その後',
      about: {
        DEPOSIT_EXPECTED: '1元未満の少額入金が{{date}}までにカードに届く予定です。届かない場合は担当者が確認します。',
        DEPOSIT_OVERDUE: '担当者が{{date}}に少額入金を確認します。',
        REVIEW_DUE: 'Alipayからは{{date}}までに回答があるはずです。ない場合は担当者が確認します。',
        RETRY_ALLOWED:
          '{{date}}（北京時間）から同じ銀行カードをもう一度使えます。カード確認に失敗した後のAlipayの待機期間です。別のカードなら今すぐ使えます。',
        REUPLOAD_WINDOW_CLOSES:
          'Alipayからのメールにある补传（再アップロード）のリンクを{{date}}までに使ってください。',
        DOCUMENT_EXPIRING: 'まもなく期限が切れる書類があります（{{date}}にリマインダー）。',
        MANUAL: '担当者が{{date}}にリマインダーを設定しています。',
        CASE_STUCK: '担当者が{{date}}にもう一度確認します。',
        CASE_STUCK_ADMINS: '担当者のチームが{{date}}にもう一度確認します。',
        SCAN_LOCK_LIFTS:
          'パスポートスキャンの停止は{{date}}まで（約3時間）に解除されるはずです。その後もう一度スキャンするか、手入力してください。アプリの再インストールは不要です。',
        REBIND_ALLOWED: '{{date}}から、連携解除したカードをもう一度連携できます（解除から24時間後）。',
      },
      expires: {
        PASSPORT: 'パスポートの有効期限は{{date}}です。',
        VISA: 'ビザの有効期限は{{date}}です。',
      },
      overdue: '{{kind}}の期限は{{date}}でした。担当者に通知済みです。',
      retryFrom: '{{date}}（北京時間）から同じ銀行カードをもう一度使えます。別のカードなら今すぐ使えます。',
      retryNow: '同じ銀行カードをもう一度使えるようになりました。',
      nothing: '今は待つ期限はありません。',
      inStateSince: '{{date}}からこの段階です。',
    },
    progress: {
      label: '手続きの段階',
      done: '完了',
      current: '現在の段階',
    },
    timeline: {
      label: '経過（新しい順）',
      empty: 'まだ何も起きていません。',
      created: '手続きを開始',
      message: 'Alipayからのメッセージ',
      youWrote: 'あなたのメッセージ',
      helperWrote: '{{name}}さんのメッセージ',
      helperWroteUnnamed: '担当者のメッセージ',
      nowIn: '現在：{{state}}',
      reason: '理由：{{reason}}',
      alipaySaid: 'Alipay',
      document: '書類：ファイルの送信または確認',
    },
    help: {
      helper: '{{organization}}の担当者が手続きを見守り、ご質問にまずお答えします。',
    },
    empty: {
      clientTitle: 'まだ手続きはありません',
      clientBody: '担当者がまだ手続きを作成していません。作成されると、するべき手順とともにここに表示されます。',
      personalTitle: '本人確認の進み具合を記録しましょう',
      personalBody:
        '手続きを作成すると、Alipayアプリで何を押せばよいか、少額入金や審査結果をいつ待てばよいかをWaijiが示し、お知らせします。',
      create: '手続きを作成',
    },
  },
  clientCase: caseWordsJa,
};
