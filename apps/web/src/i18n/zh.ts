import type { ShellMessages } from './en';

export const zh: ShellMessages = {
  app: {
    name: 'Waiji 外籍',
    documentTitle: 'Waiji 外籍 — 支付宝认证案件',
    skipToContent: '跳到主要内容',
    loadingPage: '页面加载中…',
  },
  nav: {
    label: '主导航',
    start: '首页',
    tools: '支付宝助手',
  },
  language: {
    label: '语言',
  },
  start: {
    title: '支付宝认证，按案件跟踪',
    intro: 'Waiji 帮助搬迁服务机构、高校国际处和个人，协助外籍人士完成支付宝实名认证和账户限制申诉。',
    howTitle: '工作方式',
    howCases: '每一次认证或申诉都是一个案件，状态清晰：准备中、已提交、等待小额打款、人工审核、已通过或已驳回。',
    howDeadlines: 'Waiji 计算关键期限——打款何时逾期、审核何时应完成、何时可以用同一张卡重试——并及时提醒。',
    howMessages: '支付宝的中文提示会被转换为清楚的下一步操作。',
  },
  health: {
    title: '服务状态',
    loading: '正在检查服务…',
    status: {
      ok: '运行正常',
      degraded: '部分故障',
    },
    db: {
      label: '数据库',
      up: '正常',
      down: '不可用',
    },
    version: '版本',
    uptime: '运行时间',
    degradedHint: '数据库无法连接，目前无法读取或修改案件。',
    error: {
      title: '无法连接 API',
      unreachable: 'Waiji API 没有响应。请确认服务正在运行，然后重试。',
      invalidResponse: 'Waiji API 返回了无法识别的内容。',
    },
    retry: '重试',
    checkedAt: '检查时间 {{time}}',
  },
  duration: {
    seconds: '{{seconds}} 秒',
    minutes: '{{minutes}} 分钟',
    hoursMinutes: '{{hours}} 小时 {{minutes}} 分钟',
    daysHours: '{{days}} 天 {{hours}} 小时',
  },
  notFound: {
    title: '页面不存在',
    body: '这个地址没有内容。',
    home: '返回首页',
  },
  routeError: {
    title: '出错了',
    body: '无法显示此页面。更新后重新加载通常可以解决。',
    reload: '重新加载',
  },
};
