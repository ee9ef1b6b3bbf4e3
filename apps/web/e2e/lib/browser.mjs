// What every journey uses: the passphrase and the run's stamp, `expect`, browser contexts (a 390 × 844 touch phone or
// a 1280 px desktop) with a person's cookies and their page errors collected, and the checks made on each page.

export const password = 'a long e2e passphrase 42';
/** Makes this run's names and addresses unique. */
export const stamp = Date.now().toString(36);

export const expect = (condition, message) => {
  if (!condition) throw new Error(message);
};

/** Asks `probe` every 250 ms until it answers something truthy, and returns that; throws after `timeoutMs`. */
export const waitUntil = async (what, probe, timeoutMs = 30_000) => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await probe();
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
};

/** No errors were thrown on the page (`errors` as collected by `newPerson`); `who` names the person, if several. */
export const expectNoPageErrors = (errors, who) =>
  expect(errors.length === 0, `page errors${who ? ` (${who})` : ''}: ${errors.join(' | ')}`);

/**
 * A browser context of its own (a 390 × 844 touch phone, or a 1280 × 900 desktop) with `session`'s cookies, if any,
 * and its page, whose errors are collected: `{ browserContext, page, errors }`.
 */
export const newPerson = async (browser, { phone = false, session, locale = 'en-GB', acceptDownloads } = {}) => {
  const browserContext = await browser.newContext({
    viewport: phone ? { width: 390, height: 844 } : { width: 1280, height: 900 },
    deviceScaleFactor: 1,
    isMobile: phone,
    hasTouch: phone,
    locale,
    timezoneId: 'Asia/Shanghai',
    reducedMotion: 'reduce',
    ...(acceptDownloads ? { acceptDownloads } : {}),
  });
  if (session) await browserContext.addCookies(session.playwrightCookies());
  const page = await browserContext.newPage();
  page.setDefaultTimeout(20_000);
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { browserContext, page, errors };
};

/** Makes `person`'s page the one the runner screenshots on a failure (context.page, context.pageErrors). */
export const focus = (context, person) => {
  context.browserContext = person.browserContext;
  context.page = person.page;
  context.pageErrors = person.errors;
  return person.page;
};

/** Closes the journey's browser context, if any, and opens a new one (see `newPerson`) that the runner shows. */
export const openAs = async (context, session, options = {}) => {
  await context.browserContext?.close().catch(() => undefined);
  return focus(context, await newPerson(context.browser, { ...options, session }));
};

/** `openAs` on a 390 × 844 touch phone. */
export const openPhoneAs = (context, session, options = {}) => openAs(context, session, { ...options, phone: true });

/** `openAs` on a 1280 × 900 desktop. */
export const openDesktopAs = (context, session, options = {}) => openAs(context, session, { ...options, phone: false });

/** Nothing on the page is wider than the phone (a sideways scroll is what a 390 px reader would see). */
export const expectFitsPhone = async (page, where) => {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width <= 390, `${where} is ${width} px wide on a 390 px phone`);
};

/**
 * `part` in view, nothing of the page wider than the phone, no page errors; a screenshot of `part` named `name`.
 * `nameInMessage: false` leaves the name out of the overflow's message.
 */
export const checkFits = async (context, part, name, { nameInMessage = true } = {}) => {
  await part.scrollIntoViewIfNeeded();
  const overflow = await context.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow <= 0, `${nameInMessage ? `${name}: ` : ''}the page is ${overflow}px wider than the 390 px phone`);
  expectNoPageErrors(context.pageErrors);
  const target = context.screenshot(name);
  if (target) await part.screenshot({ path: target });
};

/**
 * A screenshot `name` of the whole page scrolled to its top (where the sticky header covers nothing), or of only
 * `part` of it; `options` go to Playwright's `page.screenshot`. Nothing when screenshots are off.
 */
export const shoot = async (context, name, { part, ...options } = {}) => {
  const target = context.screenshot(name);
  if (!target) return;
  await context.page.evaluate(() => window.scrollTo(0, 0));
  const clip = part ? await part.boundingBox() : undefined;
  await context.page.screenshot({ path: target, fullPage: true, ...options, ...(clip ? { clip } : {}) });
};
