import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import {
  type SavedViewListResponse,
  savedViewRequest,
  type SavedViewResponse,
  updateSavedViewRequest,
} from '@waiji/contract';
import type { AuthContext } from '../auth/auth-context';
import { Auth } from '../auth/auth.decorators';
import { uuidParam } from './cases.controller';
import { SavedViewsService } from './saved-views.service';

class SavedViewDto extends createZodDto(savedViewRequest) {}
class UpdateSavedViewDto extends createZodDto(updateSavedViewRequest) {}

/** Saved case-list filters are the user's own, so VIEWERs may keep them too. */
@ApiTags('cases')
@Controller('saved-views')
export class SavedViewsController {
  constructor(private readonly views: SavedViewsService) {}

  @Get()
  list(@Auth() auth: AuthContext): Promise<SavedViewListResponse> {
    return this.views.list(auth);
  }

  @Post()
  create(@Auth() auth: AuthContext, @Body() body: SavedViewDto): Promise<SavedViewResponse> {
    return this.views.create(auth, body);
  }

  @Patch(':id')
  update(
    @Auth() auth: AuthContext,
    @Param('id', uuidParam) viewId: string,
    @Body() body: UpdateSavedViewDto,
  ): Promise<SavedViewResponse> {
    return this.views.update(auth, viewId, body);
  }

  @Delete(':id')
  @HttpCode(204)
  remove(@Auth() auth: AuthContext, @Param('id', uuidParam) viewId: string): Promise<void> {
    return this.views.remove(auth, viewId);
  }
}
