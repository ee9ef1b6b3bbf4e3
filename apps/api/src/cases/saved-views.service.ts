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
import { TenantDatabase } from '../database/tenant-database';
import { Prisma } from '../generated/prisma/client';

type ViewRow = { id: string; name: string; filters: unknown; createdAt: Date };

function toResponse(view: ViewRow): SavedViewResponse {
  const parsed = caseFilters.safeParse(view.filters);
  return {
    id: view.id,
    name: view.name,
    filters: parsed.success ? parsed.data : {},
    createdAt: view.createdAt.toISOString(),
  };
}

function duplicateName(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
}

const SELECT = { id: true, name: true, filters: true, createdAt: true } as const;

/** Named case-list filters, private to the user who saved them. */
@Injectable()
export class SavedViewsService {
  constructor(private readonly db: TenantDatabase) {}

  list(auth: AuthContext): Promise<SavedViewListResponse> {
    return this.db.run({ organizationId: auth.organizationId }, async (tx) => {
      const views = await tx.savedView.findMany({
        where: { organizationId: auth.organizationId, userId: auth.userId },
        orderBy: { name: 'asc' },
        select: SELECT,
      });
      return { items: views.map(toResponse) };
    });
  }

  async create(auth: AuthContext, input: SavedViewRequest): Promise<SavedViewResponse> {
    try {
      return await this.db.run({ organizationId: auth.organizationId }, async (tx) =>
        toResponse(
          await tx.savedView.create({
            data: {
              organizationId: auth.organizationId,
              userId: auth.userId,
              name: input.name,
              filters: input.filters,
            },
            select: SELECT,
          }),
        ),
      );
    } catch (error) {
      if (duplicateName(error))
        throw new ApiError('CONFLICT', `You already have a view named "${input.name}"`, { field: 'name' });
      throw error;
    }
  }

  async update(auth: AuthContext, viewId: string, input: UpdateSavedViewRequest): Promise<SavedViewResponse> {
    try {
      return await this.db.run({ organizationId: auth.organizationId }, async (tx) => {
        const found = await tx.savedView.findFirst({
          where: { id: viewId, organizationId: auth.organizationId, userId: auth.userId },
          select: { id: true },
        });
        if (!found) throw new ApiError('NOT_FOUND', 'No such saved view');
        const data = {
          ...(input.name !== undefined ? { name: input.name } : {}),
          ...(input.filters !== undefined ? { filters: input.filters } : {}),
        };
        return toResponse(await tx.savedView.update({ where: { id: viewId }, data, select: SELECT }));
      });
    } catch (error) {
      if (duplicateName(error))
        throw new ApiError('CONFLICT', `You already have a view named "${input.name ?? ''}"`, { field: 'name' });
      throw error;
    }
  }

  remove(auth: AuthContext, viewId: string): Promise<void> {
    return this.db.run({ organizationId: auth.organizationId }, async (tx) => {
      const deleted = await tx.savedView.deleteMany({
        where: { id: viewId, organizationId: auth.organizationId, userId: auth.userId },
      });
      if (deleted.count === 0) throw new ApiError('NOT_FOUND', 'No such saved view');
    });
  }
}
