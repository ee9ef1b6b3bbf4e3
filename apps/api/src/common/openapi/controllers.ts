import { type INestApplication, RequestMethod } from '@nestjs/common';
import { METHOD_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import { z } from 'zod';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** One routed controller method, as Nest's own routing metadata describes it. */
export type ControllerMethod = {
  controller: new (...args: never[]) => object;
  prototype: Record<string, unknown>;
  /** The method's name on the controller. */
  name: string;
  handler: (...args: never[]) => unknown;
  method: HttpMethod;
};

const METHODS: Partial<Record<RequestMethod, HttpMethod>> = {
  [RequestMethod.GET]: 'GET',
  [RequestMethod.POST]: 'POST',
  [RequestMethod.PUT]: 'PUT',
  [RequestMethod.PATCH]: 'PATCH',
  [RequestMethod.DELETE]: 'DELETE',
};

/** A prototype's method names, its base classes' included (as Nest's MetadataScanner routes them). */
function methodNames(prototype: object): Set<string> {
  const names = new Set<string>();
  for (let p: object | null = prototype; p && p !== Object.prototype; p = Object.getPrototypeOf(p) as object | null) {
    for (const name of Object.getOwnPropertyNames(p)) names.add(name);
  }
  return names;
}

/**
 * Every controller method of the app that Nest routes, from the same metadata Nest routes and guards with (so a
 * route added later is included). The OpenAPI document and the route-driven security tests both read the app this way.
 */
export function* controllerMethods(app: INestApplication): Generator<ControllerMethod> {
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: never[]) => object) | undefined;
      if (!controller) continue;
      const prototype = controller.prototype as Record<string, unknown>;
      for (const name of methodNames(prototype)) {
        const handler = prototype[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        const requestMethod = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        const method = requestMethod === undefined ? undefined : METHODS[requestMethod];
        if (!method) continue;
        yield { controller, prototype, name, handler: handler as (...args: never[]) => unknown, method };
      }
    }
  }
}

/** The zod schema of a nestjs-zod DTO class (a parameter's design type or a response decorator's `type`), if it is one. */
export const zodOf = (type: unknown): z.ZodType | undefined => {
  const schema = (type as { schema?: unknown } | undefined)?.schema;
  return schema instanceof z.ZodType ? schema : undefined;
};
