import type { ScreenshotsMessages } from './features-screenshots.en';

export const screenshotsZh: ScreenshotsMessages = {
  drop: {
    title: '或使用截图',
    hint: '在此粘贴（Ctrl-V）、拖入或选择文件：支付宝界面的截图或照片（PNG、JPEG 或 WebP，最大 {{size}} MB）。',
    choose: '选择截图',
    privacy: '截图读取后即丢弃：只保留文字，且仅在您发送或应用时保留。',
    area: '截图：粘贴、拖入或选择图片',
  },
  reading: '正在读取截图…',
  read: '已读取 {{lines}} 行，用时 {{seconds}} 秒。请核对下方文字并更正识别错误之处。',
  readNothing: '图片中未找到文字。请换一张更清晰的截图，或直接输入消息。',
  errors: {
    type: '这不是 PNG、JPEG 或 WebP 图片。',
    size: '图片超过 {{size}} MB。',
    busy: '当前正在读取的截图较多，请稍后再试。',
    throttled: '本小时内从此处读取的截图过多。请稍后再试，或直接输入消息。',
    damaged: '图片已损坏或太小，无法读取。',
    failed: '无法读取截图：{{message}}',
  },
};
