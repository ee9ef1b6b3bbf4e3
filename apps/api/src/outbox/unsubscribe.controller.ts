import { Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AuditService } from '../audit/audit.service';
import { CrossSiteForm, Public } from '../auth/auth.decorators';
import { TenantDatabase, type Tx } from '../database/tenant-database';
import { escapeHtml, type Language, languageOf } from '../notifications/content';
import { UnsubscribeTokens } from './unsubscribe-token';

const text = {
  en: {
    title: 'Reminder emails',
    confirm: (org: string) => `Stop reminder emails from ${org}?`,
    button: 'Unsubscribe',
    done: (org: string) =>
      `You will get no more reminder emails from ${org}. Your helper can turn them on again if you ask.`,
    invalid: 'This unsubscribe link is not valid (any more).',
  },
  zh: {
    title: '提醒邮件',
    confirm: (org: string) => `不再接收 ${org} 的提醒邮件？`,
    button: '退订',
    done: (org: string) => `你将不再收到 ${org} 的提醒邮件。如需恢复，请联系协助你的人。`,
    invalid: '此退订链接无效或已失效。',
  },
} as const;

function page(language: Language, body: string): string {
  return `<!doctype html><html lang="${language === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(text[language].title)}</title></head><body style="font-family:system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem;line-height:1.5">${body}</body></html>`;
}

type Found = { id: string; organizationId: string; preferredLanguage: string; organizationName: string };

/**
 * One-click unsubscribe for clients (RFC 8058): mail clients POST to the List-Unsubscribe URL; a person who
 * opens the link gets a page with a button, because link scanners fetch GET URLs on their own.
 */
@ApiExcludeController()
@Public()
@CrossSiteForm()
@Controller('unsubscribe')
export class UnsubscribeController {
  constructor(
    private readonly db: TenantDatabase,
    private readonly audit: AuditService,
  ) {}

  @Get(':token')
  async confirm(@Param('token') token: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    reply.type('text/html; charset=utf-8');
    const found = await this.find(token);
    if (!found) {
      reply.status(404);
      return page('en', `<p>${escapeHtml(text.en.invalid)}</p><p lang="zh-CN">${escapeHtml(text.zh.invalid)}</p>`);
    }
    const language = languageOf(found.preferredLanguage);
    const t = text[language];
    return page(
      language,
      `<p>${escapeHtml(t.confirm(found.organizationName))}</p><form method="post" action="/api/unsubscribe/${encodeURIComponent(token)}"><input type="hidden" name="List-Unsubscribe" value="One-Click"><button type="submit">${escapeHtml(t.button)}</button></form>`,
    );
  }

  @Post(':token')
  @HttpCode(200)
  async unsubscribe(@Param('token') token: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    reply.type('text/html; charset=utf-8');
    const found = await this.db.system(async (tx) => {
      const client = await this.lookup(tx, token);
      if (!client) return null;
      const changed = await tx.client.updateMany({
        where: { id: client.id, organizationId: client.organizationId, emailConsent: true },
        data: { emailConsent: false },
      });
      if (changed.count > 0) {
        await this.audit.record(tx, {
          organizationId: client.organizationId,
          actorId: null,
          action: 'client.unsubscribed',
          targetType: 'client',
          targetId: client.id,
        });
      }
      return client;
    });
    if (!found) {
      reply.status(404);
      return page('en', `<p>${escapeHtml(text.en.invalid)}</p><p lang="zh-CN">${escapeHtml(text.zh.invalid)}</p>`);
    }
    const language = languageOf(found.preferredLanguage);
    return page(language, `<p>${escapeHtml(text[language].done(found.organizationName))}</p>`);
  }

  private find(token: string): Promise<Found | null> {
    return this.db.system((tx) => this.lookup(tx, token));
  }

  private async lookup(tx: Tx, token: string): Promise<Found | null> {
    if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
    const client = await tx.client.findUnique({
      where: { unsubscribeToken: UnsubscribeTokens.hash(token) },
      select: { id: true, organizationId: true, preferredLanguage: true, organization: { select: { name: true } } },
    });
    return client
      ? {
          id: client.id,
          organizationId: client.organizationId,
          preferredLanguage: client.preferredLanguage,
          organizationName: client.organization.name,
        }
      : null;
  }
}
