import { Controller, Get, Header, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { createZodDto } from 'nestjs-zod';
import { reportSummaryCsvQuery, reportSummaryQuery, type ReportSummaryResponse } from '@waiji/contract';
import type { AuthContext } from '../auth/auth-context';
import { Auth } from '../auth/auth.decorators';
import { summaryCsv } from './reports.csv';
import { ReportsService } from './reports.service';

class ReportSummaryQueryDto extends createZodDto(reportSummaryQuery) {}
class ReportSummaryCsvQueryDto extends createZodDto(reportSummaryCsvQuery) {}

@ApiTags('reports')
@Controller('reports')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Get('summary')
  @ApiOperation({
    summary: 'Cases by state, funnel, time in state, outcomes by bank and reason, overdue per day (VIEWER+)',
  })
  summary(@Auth() auth: AuthContext, @Query() query: ReportSummaryQueryDto): Promise<ReportSummaryResponse> {
    return this.reports.summary(auth, query);
  }

  @Get('summary.csv')
  @Header('content-type', 'text/csv; charset=utf-8')
  @ApiOperation({ summary: 'The summary as CSV: every table as a section, or the one named by `table`' })
  async summaryCsv(
    @Auth() auth: AuthContext,
    @Query() query: ReportSummaryCsvQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const { table, ...range } = query;
    const csv = summaryCsv(await this.reports.summary(auth, range), table);
    // Only once the report exists: a failure before it is answered as JSON, not as a file to save.
    void reply.header(
      'content-disposition',
      `attachment; filename="waiji-report-${range.from}-${range.to}${table ? `-${table}` : ''}.csv"`,
    );
    return csv;
  }
}
