import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { RoleName } from '@waiji/contract';
import { TEST_PASSWORD, TestUser, uniqueEmail } from './http';
import { tokenFromMail } from './mail';

/** Invites a new person into `admin`'s organization with this role, accepts through the mailed link, returns them signed in. */
export async function addMember(
  app: NestFastifyApplication,
  admin: TestUser,
  role: RoleName,
  options: { clientId?: string; email?: string; displayName?: string } = {},
): Promise<TestUser> {
  const email = options.email ?? uniqueEmail(role.toLowerCase());
  const invited = await admin.post('/api/organization/invitations', { email, role, ...(options.clientId ? { clientId: options.clientId } : {}) });
  if (invited.status !== 201) throw new Error(`invitation failed: ${invited.status} ${invited.text}`);
  const token = await tokenFromMail(app, email, '/accept-invitation');
  const member = new TestUser(app);
  const accepted = await member.post('/api/auth/invitations/accept', { token, password: TEST_PASSWORD, displayName: options.displayName ?? `Test ${role}` });
  if (accepted.status !== 200) throw new Error(`accepting failed: ${accepted.status} ${accepted.text}`);
  return member;
}
