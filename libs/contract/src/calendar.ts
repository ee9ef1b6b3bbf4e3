import { z } from 'zod';
import { calendarAlarms, calendarScopes } from '@waiji/domain';

export { calendarAlarms, calendarScopes };

const feedOptions = {
  alarm: z.enum(calendarAlarms).default('NONE'),
  scope: z.enum(calendarScopes).default('MINE'),
};

/** The feed a new address serves; the options become its query, so the server stores only the token's hash. */
export const calendarTokenRequest = z.strictObject(feedOptions);
export type CalendarTokenRequest = z.input<typeof calendarTokenRequest>;

/** The feed address's query. Unknown parameters are ignored: a calendar app may add its own. */
export const calendarFeedQuery = z.object(feedOptions);
/** The options as the API reads them, defaults filled in. */
export type CalendarFeedOptions = z.infer<typeof calendarFeedQuery>;

export const calendarTokenResponse = z.object({ url: z.string() });
export type CalendarTokenResponse = z.infer<typeof calendarTokenResponse>;

export const calendarStatusResponse = z.object({
  active: z.boolean(),
  /** Open cases of the caller's organization assigned to the caller: with none, "cases assigned to me" is empty. */
  assignedCases: z.number().int().min(0),
});
export type CalendarStatusResponse = z.infer<typeof calendarStatusResponse>;
