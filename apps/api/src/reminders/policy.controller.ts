import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import {
  organizationPolicyRequest,
  type OrganizationPolicyResponse,
  organizationPolicyResponse,
} from '@waiji/contract';
import type { AuthContext } from '../auth/auth-context';
import { Auth, MinRole } from '../auth/auth.decorators';
import { PolicyService } from './policy.service';

class PolicyRequestDto extends createZodDto(organizationPolicyRequest) {}
class PolicyResponseDto extends createZodDto(organizationPolicyResponse) {}

@ApiTags('organization')
@Controller('organization/policy')
export class PolicyController {
  constructor(private readonly policy: PolicyService) {}

  @Get()
  @MinRole('ADMIN')
  @ApiOperation({ summary: 'Deadline durations, quiet hours and time zone of the organization' })
  @ApiOkResponse({ type: PolicyResponseDto })
  get(@Auth() auth: AuthContext): Promise<OrganizationPolicyResponse> {
    return this.policy.get(auth);
  }

  @Put()
  @MinRole('ADMIN')
  @ApiOperation({ summary: 'Change them; pending reminders of open cases are recomputed' })
  @ApiOkResponse({ type: PolicyResponseDto })
  update(@Auth() auth: AuthContext, @Body() body: PolicyRequestDto): Promise<OrganizationPolicyResponse> {
    return this.policy.update(auth, body);
  }
}
