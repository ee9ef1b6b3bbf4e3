import type { ClientCaseWords } from './client-case-words-type';

// A case's type and state for a client reading ja (client-case-words.ts; words from client-glossary.ts).
export const caseWordsJa: ClientCaseWords = {
  states: {
    PREPARING: '準備中',
    SUBMITTED: '申請済み',
    AWAITING_DEPOSIT: '少額入金待ち',
    MANUAL_REVIEW: '手動審査中',
    REJECTED: '不承認',
    APPROVED: '承認済み',
    SCAN_LOCKED: 'スキャン一時停止（約3時間）',
    FACE_CHECK: '顔認証',
    THREE_DS_PENDING: '3-Dセキュア認証待ち',
    ISSUER_DECLINED: 'カード発行会社が拒否',
    CARD_UNSUPPORTED: '対応していないカード',
    RISK_CONTROL: 'リスク管理で保留中',
    CARD_UNBOUND: 'カード連携解除済み',
    AGENT_REQUESTED: '有人オペレーターに依頼済み',
    UPLOAD_LINK_RECEIVED: 'アップロード用リンク受信',
    RESTRICTION_LIFTED: '利用制限解除',
    STILL_RESTRICTED: '利用制限が継続',
  },
  types: {
    BANK_CARD_VERIFICATION: '中国本土の銀行カードによる本人確認',
    APP_PASSPORT_VERIFICATION: 'アプリでのパスポート確認 + 海外カード',
    RESTRICTION_APPEAL: '利用制限への異議申し立て',
    PASSPORT_SCAN_VERIFICATION: 'アプリでのパスポートスキャン認証（2026）',
    INTERNATIONAL_CARD_BINDING: '海外カードの連携（Visa、Mastercard、JCB、Diners、Discover）',
    MAINLAND_CARD_QUICK_BINDING: '中国本土カードのクイック連携（快捷绑卡）',
    DOCUMENT_UPDATE: '身分証明書の更新（期限切れ・再発行）',
    RESTRICTION_APPEAL_AGENT: '有人オペレーター経由の異議申し立て（人工客服）',
  },
  reminderKinds: {
    DEPOSIT_EXPECTED: '少額入金の到着予定',
    DEPOSIT_OVERDUE: '少額入金の遅れ',
    REVIEW_DUE: 'Alipayの審査結果の予定',
    RETRY_ALLOWED: '同じカードで再試行可能',
    REUPLOAD_WINDOW_CLOSES: '再アップロード（补传）の期限',
    DOCUMENT_EXPIRING: '書類の期限切れが近い',
    CASE_STUCK: '進んでいない手続き',
    CASE_STUCK_ADMINS: '進んでいない手続きを管理者に報告',
    SCAN_LOCK_LIFTS: 'パスポートスキャン停止の解除予定',
    REBIND_ALLOWED: '解除したカードを再連携可能',
    MANUAL: 'リマインダー',
  },
  documentKinds: {
    PASSPORT_BIO: 'パスポートの顔写真ページ',
    ENTRY_STAMP: '中国の入国スタンプのページ',
    VISA: '中国のビザ',
    RESIDENCE_PERMIT: '居留許可',
    SIGNATURE_PAGE: '署名のあるパスポートのページ',
    HOLDING_PASSPORT_PHOTO: '開いたパスポートを持った本人の写真',
    PERMANENT_RESIDENT_ID: '外国人永住者身分証（五星卡）',
  },
  checklistStatuses: {
    REQUESTED: '提出をお願いしています',
    UPLOADED: '送信済み・確認待ち',
    ACCEPTED: '承認済み',
    REJECTED: '差し戻し — もう一度送ってください',
    WAIVED: '不要',
  },
  documentFindings: {
    PDF_TYPE_ONLY: 'PDFのスキャンです。ファイルの種類とサイズだけを確認しました。内容は担当者が確認します。',
    IMAGE_LOW_RESOLUTION:
      '写真が小さいため（{{width}}×{{height}}ピクセル）、小さな文字が読めないおそれがあります。ページが画面いっぱいになるよう、近づいて撮ってください。',
    IMAGE_BLURRY:
      '写真がぼやけています。ページ全体を平らに置き、ピントを合わせて、明るい場所でフラッシュを使わずに撮り直してください。',
    IMAGE_GLARE:
      '写真の約{{percent}}%に強い反射があり、文字が隠れているおそれがあります。ページを少し傾けるか、フラッシュをオフにして撮り直してください。',
    IMAGE_TOO_DARK: '写真が暗すぎて読めません。明るい場所で撮り直してください。',
    IMAGE_NOT_COLOUR: '白黒の写真です。Alipayでは、書類の原本をカラーで撮った写真が必要です。',
    IMAGE_ROTATED: '写真が横向きまたは逆さまだったため、正しい向きに回転しました。',
    IMAGE_METADATA_REMOVED: '保存したコピーからカメラ情報（EXIF）を削除しました。',
    IMAGE_METADATA_REMOVED_GPS:
      '写真に撮影場所（GPS）の情報が含まれていました。保存したコピーからは、撮影場所とほかのカメラ情報を削除しました。',
    MRZ_UNREADABLE:
      'パスポートの顔写真ページ下部にある、英字と「<」が並んだ2行を読み取れませんでした。ページ全体を平らに置き、ピントを合わせて、明るい場所でフラッシュを使わずに撮り直してください。',
    MRZ_MATCHES: 'パスポートの機械読み取り行を読み取り、登録内容と一致しました。',
    MRZ_NAME_ORDER:
      'パスポートの氏名は{{passportName}}、登録内容では{{recordName}}です。同じ名前ですが、順番が違います。Alipayはパスポートと照合するため、パスポートの順番で入力してください。',
    MRZ_NAME_PARTS:
      'パスポートの氏名は{{passportName}}、登録内容では{{recordName}}です。Alipayはミドルネームも含めてパスポートと照合します。',
    MRZ_NAME_MISMATCH:
      'パスポートの氏名は{{passportName}}、登録内容では{{recordName}}です。Alipayはパスポートと照合します。',
    MRZ_NUMBER_MISMATCH:
      '写真のパスポート番号の末尾は{{passportLast4}}ですが、登録内容では{{recordLast4}}です。正しいパスポートですか？',
    MRZ_NATIONALITY_MISMATCH: 'パスポートの国籍は{{passport}}、登録内容では{{record}}です。',
    MRZ_NATIONALITY_UNKNOWN:
      'パスポートの国籍は{{passport}}ですが、登録内容の「{{record}}」とは自動で照合できませんでした。目で確認してください。',
    MRZ_BIRTH_DATE_MISMATCH: 'パスポートの生年月日は{{passport}}、登録内容では{{record}}です。',
    MRZ_EXPIRY_MISMATCH: 'パスポートの有効期限は{{passport}}、登録内容では{{record}}です。',
    PASSPORT_EXPIRED:
      'パスポートの有効期限は{{expiryDate}}に切れています。Alipayは期限切れのパスポートを受け付けないため、新しいパスポートを使ってください。',
    PASSPORT_EXPIRES_SOON: 'パスポートの有効期限まであと{{days}}日です（{{expiryDate}}）。',
    UNKNOWN: 'このファイルのチェックで、このバージョンでは説明できない結果が見つかりました。',
  },
};
