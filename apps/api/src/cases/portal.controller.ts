import { Controller, Get, Param } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { PortalCaseDetailResponse, PortalCaseListResponse } from '@waiji/contract';
import type { AuthContext } from '../auth/auth-context';
import { AllowClient, Auth } from '../auth/auth.decorators';
import { uuidParam } from './cases.controller';
import { PortalService } from './portal.service';

@ApiTags('portal')
@Controller('portal/cases')
export class PortalController {
  constructor(private readonly portal: PortalService) {}

  @Get()
  @AllowClient()
  @ApiOperation({ summary: 'The signed-in client’s own cases with their next steps' })
  list(@Auth() auth: AuthContext): Promise<PortalCaseListResponse> {
    return this.portal.list(auth);
  }

  @Get(':id')
  @AllowClient()
  @ApiOperation({ summary: 'One of the client’s cases: timeline, next steps and the Alipay buttons to press' })
  get(@Auth() auth: AuthContext, @Param('id', uuidParam) caseId: string): Promise<PortalCaseDetailResponse> {
    return this.portal.get(auth, caseId);
  }
}
