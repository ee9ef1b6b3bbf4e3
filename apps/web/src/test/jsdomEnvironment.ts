import type { EnvironmentContext, JestEnvironmentConfig } from '@jest/environment';
import { TestEnvironment } from 'jest-environment-jsdom';

/**
 * jsdom has no Fetch API classes or `TextEncoder`, which every browser the app runs in has: the fetch stubs answer
 * with `Response`s and read `Headers`, and code under test may use the others. This module runs in Node's realm,
 * so these names are Node's own.
 */
export default class JsdomWithFetchEnvironment extends TestEnvironment {
  constructor(config: JestEnvironmentConfig, context: EnvironmentContext) {
    super(config, context);
    Object.assign(this.global, { Request, Response, Headers, TextEncoder, TextDecoder });
  }
}
