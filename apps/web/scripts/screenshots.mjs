// Screenshots of the built web app for people to look at: `npx vite build --config apps/web/vite.config.ts`,
// then `node apps/web/scripts/screenshots.mjs`. Serves apps/web/dist with Vite's preview server (stopped at the end)
// and drives Debian's Chromium through playwright-core; Playwright's own browser download is not possible here.
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { preview } from 'vite';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const outDir = fileURLToPath(new URL('../../../docs/screenshots/', import.meta.url));
const port = Number(process.env.SCREENSHOT_PORT ?? 4173);
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// The card-check failure exactly as ALIPAY.md quotes it (M1).
const cardCheckFailed =
  '你的银行卡信息认证失败,请更换银行卡重新认证或撤销认证5天后(2015年10月18日)使用原银行卡重新认证, 撤销本次认证。';

const viewports = [
  { name: 'tools-desktop', width: 1280, height: 800, isMobile: false },
  { name: 'tools-phone', width: 390, height: 844, isMobile: true },
];

/** /tools with something in it: a pasted message and a name too long for Bank of China. */
const fillTools = async (page) => {
  await page.getByRole('heading', { level: 1, name: 'Alipay helper' }).waitFor();
  await page.getByRole('textbox', { name: 'Alipay message' }).fill(cardCheckFailed);
  await page.getByText('1 message recognised.').waitFor();
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Maximilian Alexander Oberhauser');
  await page.getByRole('textbox', { name: 'Name as the bank stores it' }).fill('OBERHAUSER MAXIMILIAN ALEXANDER');
  await page.getByRole('combobox', { name: 'Bank of the card' }).selectOption('BOC');
  await page.getByRole('textbox', { name: 'Passport number' }).fill('C01X2345');
  await page.getByRole('checkbox', { name: 'Passport data (bio) page' }).check();
  await page.getByRole('button', { name: 'Submit' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
  await page.getByRole('dialog').waitFor({ state: 'detached' });
};

const server = await preview({
  configFile: `${repoRoot}apps/web/vite.config.ts`,
  preview: { port, strictPort: true, open: false },
  logLevel: 'warn',
});
const browser = await chromium.launch({
  executablePath,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});

try {
  await mkdir(outDir, { recursive: true });
  for (const viewport of viewports) {
    const context = await browser.newContext({
      viewport: { width: viewport.width, height: viewport.height },
      deviceScaleFactor: 1,
      isMobile: viewport.isMobile,
      hasTouch: viewport.isMobile,
      locale: 'en-GB',
      timezoneId: 'Europe/London',
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(`http://localhost:${port}/tools`, { waitUntil: 'networkidle' });
    await fillTools(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    const path = `${outDir}${viewport.name}.png`;
    await page.screenshot({ path, fullPage: true });
    console.log(`saved ${path}${errors.length > 0 ? ` — page errors: ${errors.join(' | ')}` : ''}`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
