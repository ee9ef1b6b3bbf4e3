import { type INestApplication, ParseUUIDPipe } from '@nestjs/common';
import { HTTP_CODE_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import type { z } from 'zod';
import { PUBLIC_KEY } from '../../auth/auth.decorators';
import { controllerMethods, zodOf } from './controllers';
import type { Body } from './types';

/** What Nest knows about one handler: the request schemas, its success code and whether it is public. */
export type Handler = {
  body?: z.ZodType;
  query?: z.ZodType;
  params?: z.ZodType;
  uuidParams: Set<string>;
  status: number;
  isPublic: boolean;
  /** From @ApiOkResponse / @ApiCreatedResponse / @ApiNoContentResponse …: status → the zod schema of its DTO, or 'empty'. */
  declared: Record<string, Body>;
};

/** Where @nestjs/swagger's response decorators keep their options (its DECORATORS.API_RESPONSE, not exported). */
const SWAGGER_RESPONSES = 'swagger/apiResponse';

/** Every controller method, keyed like @nestjs/swagger's default operationId (`Controller_method`). */
export function handlers(app: INestApplication): Map<string, Handler> {
  const found = new Map<string, Handler>();
  for (const { controller, prototype, name, handler, method } of controllerMethods(app)) {
    const types = (Reflect.getMetadata('design:paramtypes', prototype, name) ?? []) as unknown[];
    const args = Object.entries(
      (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, name) ?? {}) as Record<
        string,
        { index: number; data?: unknown; pipes?: unknown[] }
      >,
    );
    const argsOf = (type: RouteParamtypes) =>
      args.filter(([key]) => key.split(':')[0] === String(type)).map(([, arg]) => arg);
    const schemaOf = (type: RouteParamtypes) =>
      argsOf(type)
        .map((arg) => zodOf(types[arg.index]))
        .find((schema) => schema !== undefined);
    const uuidParams = new Set(
      argsOf(RouteParamtypes.PARAM)
        .filter(
          (arg) => typeof arg.data === 'string' && (arg.pipes ?? []).some((pipe) => pipe instanceof ParseUUIDPipe),
        )
        .map((arg) => String(arg.data)),
    );
    const flag = (key: string) =>
      Reflect.getMetadata(key, handler) === true || Reflect.getMetadata(key, controller) === true;
    const swaggerResponses = (Reflect.getMetadata(SWAGGER_RESPONSES, handler) ?? {}) as Record<
      string,
      { type?: unknown }
    >;
    const declared = Object.fromEntries(
      Object.entries(swaggerResponses).map(([code, response]): [string, Body] => {
        if (response.type === undefined) return [code, 'empty'];
        const schema = zodOf(response.type);
        // A type that is no zod DTO is not described (the document says "no body"; the response test then fails).
        return [code, schema ?? 'empty'];
      }),
    );
    found.set(`${controller.name}_${name}`, {
      body: schemaOf(RouteParamtypes.BODY),
      query: schemaOf(RouteParamtypes.QUERY),
      params: schemaOf(RouteParamtypes.PARAM),
      uuidParams,
      status:
        (Reflect.getMetadata(HTTP_CODE_METADATA, handler) as number | undefined) ?? (method === 'POST' ? 201 : 200),
      isPublic: flag(PUBLIC_KEY),
      declared,
    });
  }
  return found;
}
