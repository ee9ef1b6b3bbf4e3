import { Injectable } from '@nestjs/common';
import {
  caseFilters,
  type SavedViewListResponse,
  type SavedViewRequest,
  type SavedViewResponse,
  type UpdateSavedViewRequest,
} from '@waiji/contract';
import type { AuthContext } from '../auth/auth-context';
import { ApiError } from '../common/api-error';
import { TenantDatabase, type Tx } from '../database/tenant-database';
import { Prisma } from '../generated/prisma/client';

type ViewRow = { id: string; userId: string; name: string; filters: unknown; shared: boolean; createdAt: Date };

/** Admins and the owner share views with the organization and change the shared ones, whoever made them. */
const maySharedViews = (auth: AuthContext): boolean => auth.role === 'ADMIN' || auth.role === 'OWNER';

/** Who may change or delete a view: its maker while it is private; admins and the owner once it is shared. */
const mayEdit = (auth: AuthContext, view: Pick<ViewRow, 'userId' | 'shared'>): boolean =>
  view.shared ? maySharedViews(auth) : view.userId === auth.userId;

function toResponse(view: ViewRow, auth: AuthContext): SavedViewResponse {
  const parsed = caseFilters.safeParse(view.filters);
  return {
    id: view.id,
    name: view.name,
    filters: parsed.success ? parsed.data : {},
    shared: view.shared,
    mine: view.userId === auth.userId,
    editable: mayEdit(auth, view),
    createdAt: view.createdAt.toISOString(),
  };
}

function duplicateName(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
}

const SELECT = { id: true, userId: true, name: true, filters: true, shared: true, createdAt: true } as const;

/** The views a user sees: their own and the organization's shared ones. */
const visibleTo = (auth: AuthContext) => ({
  organizationId: auth.organizationId,
  OR: [{ userId: auth.userId }, { shared: true }],
});

const refuseSharing = () => new ApiError('FORBIDDEN', 'Only admins and the owner share views with everyone');

/** A view the caller may change: 404 when they cannot see it, 403 when it is shared and they are not an admin. */
async function editableView(tx: Tx, auth: AuthContext, viewId: string): Promise<ViewRow> {
  const view = await tx.savedView.findFirst({ where: { id: viewId, ...visibleTo(auth) }, select: SELECT });
  if (!view) throw new ApiError('NOT_FOUND', 'No such saved view');
  if (!mayEdit(auth, view))
    throw new ApiError('FORBIDDEN', 'Only admins and the owner change the views shared with everyone');
  return view;
}

/** Named case-list filters: private to the user who saved them, or shared with the organization by an admin. */
@Injectable()
export class SavedViewsService {
  constructor(private readonly db: TenantDatabase) {}

  list(auth: AuthContext): Promise<SavedViewListResponse> {
    return this.db.run({ organizationId: auth.organizationId }, async (tx) => {
      const views = await tx.savedView.findMany({
        where: visibleTo(auth),
        orderBy: [{ shared: 'desc' }, { name: 'asc' }, { createdAt: 'asc' }],
        select: SELECT,
      });
      return { items: views.map((view) => toResponse(view, auth)) };
    });
  }

  async create(auth: AuthContext, input: SavedViewRequest): Promise<SavedViewResponse> {
    if (input.shared && !maySharedViews(auth)) throw refuseSharing();
    try {
      return await this.db.run({ organizationId: auth.organizationId }, async (tx) =>
        toResponse(
          await tx.savedView.create({
            data: {
              organizationId: auth.organizationId,
              userId: auth.userId,
              name: input.name,
              filters: input.filters,
              shared: input.shared ?? false,
            },
            select: SELECT,
          }),
          auth,
        ),
      );
    } catch (error) {
      if (duplicateName(error))
        throw new ApiError('CONFLICT', `You already have a view named "${input.name}"`, { field: 'name' });
      throw error;
    }
  }

  async update(auth: AuthContext, viewId: string, input: UpdateSavedViewRequest): Promise<SavedViewResponse> {
    if (input.shared === true && !maySharedViews(auth)) throw refuseSharing();
    let makerIsCaller = true;
    try {
      return await this.db.run({ organizationId: auth.organizationId }, async (tx) => {
        makerIsCaller = (await editableView(tx, auth, viewId)).userId === auth.userId;
        const data = {
          ...(input.name !== undefined ? { name: input.name } : {}),
          ...(input.filters !== undefined ? { filters: input.filters } : {}),
          ...(input.shared !== undefined ? { shared: input.shared } : {}),
        };
        return toResponse(await tx.savedView.update({ where: { id: viewId }, data, select: SELECT }), auth);
      });
    } catch (error) {
      // Names are unique per maker: an admin renaming someone else's shared view may meet one of theirs.
      if (duplicateName(error))
        throw new ApiError(
          'CONFLICT',
          `${makerIsCaller ? 'You already have' : 'Its maker already has'} a view named "${input.name ?? ''}"`,
          { field: 'name' },
        );
      throw error;
    }
  }

  remove(auth: AuthContext, viewId: string): Promise<void> {
    return this.db.run({ organizationId: auth.organizationId }, async (tx) => {
      await editableView(tx, auth, viewId);
      await tx.savedView.delete({ where: { id: viewId } });
    });
  }
}
