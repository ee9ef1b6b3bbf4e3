import type { Bilingual } from './common';

/** What a member may do in an organization, most powerful first; CLIENT is a client's own portal account. */
export const roles = ['OWNER', 'ADMIN', 'HELPER', 'VIEWER', 'CLIENT'] as const;
export type Role = (typeof roles)[number];

/** A role as people read it (settings, invitation emails, the invitation page): never the code. */
export const roleLabels: Readonly<Record<Role, Bilingual>> = {
  OWNER: { en: 'Owner', zh: '所有者' },
  ADMIN: { en: 'Admin', zh: '管理员' },
  HELPER: { en: 'Helper', zh: '协助人员' },
  VIEWER: { en: 'Viewer', zh: '只读成员' },
  CLIENT: { en: 'Client', zh: '客户' },
};
