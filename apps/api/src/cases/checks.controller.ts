import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { checkRequest, type CheckResponse, interpretRequest, type InterpretResponse } from '@waiji/contract';
import type { AuthContext } from '../auth/auth-context';
import { Auth } from '../auth/auth.decorators';
import { ChecksService } from './checks.service';

class CheckDto extends createZodDto(checkRequest) {}
class InterpretDto extends createZodDto(interpretRequest) {}

@ApiTags('checks')
@Controller()
export class ChecksController {
  constructor(private readonly checks: ChecksService) {}

  @Post('checks')
  @HttpCode(200)
  @ApiOperation({ summary: 'Check an application (a draft, or a stored client and case) against the Alipay rules' })
  check(@Auth() auth: AuthContext, @Body() body: CheckDto): Promise<CheckResponse> {
    return this.checks.check(auth, body);
  }

  @Post('interpret')
  @HttpCode(200)
  @ApiOperation({ summary: 'What a pasted Alipay message means, with its retry-after or review date' })
  interpret(@Auth() auth: AuthContext, @Body() body: InterpretDto): InterpretResponse {
    return this.checks.interpret(auth, body);
  }
}
