import { pageHtml } from './portal-page';

// The shape of the built index.html (apps/web/index.html after Vite): what pageHtml works on.
const template = `<!doctype html>
<html lang="en" data-mantine-color-scheme="light">
  <head>
    <link rel="preload" href="/api/auth/me" as="fetch" crossorigin="anonymous" />
    <title>Waiji 外籍</title>
    <script type="module" crossorigin src="/assets/index-abc.js"></script>
    <link rel="stylesheet" crossorigin href="/assets/style-abc.css">
  </head>
  <body>
    <div id="root"><div id="boot-header" aria-hidden="true">Waiji 外籍</div></div>
  </body>
</html>`;

describe('pageHtml (a server-rendered portal page inside the app’s shell)', () => {
  const page = {
    html: '<main><h1>طلبك في Alipay</h1></main>',
    state: JSON.stringify({ language: 'ar', note: '</script><script>alert(1)</script> <!-- \u2028' }),
    lang: 'ar',
    dir: 'rtl' as const,
  };

  it('puts the page in #root, its language on <html>, and what it was drawn from after it, unexecutable', () => {
    const html = pageHtml(template, page);
    expect(html).toContain('<html lang="ar" dir="rtl" data-mantine-color-scheme="light">');
    expect(html).toContain('<div id="root" data-server-rendered=""><main><h1>طلبك في Alipay</h1></main></div>');
    expect(html).not.toContain('boot-header');
    // The state answers the session: no second request for it.
    expect(html).not.toContain('/api/auth/me');
    // The app's script and stylesheet stay.
    expect(html).toContain('<script type="module" crossorigin src="/assets/index-abc.js"></script>');
    expect(html).toContain('href="/assets/style-abc.css"');

    const json = /<script type="application\/json" id="server-rendered-state">([^<]*)<\/script>/.exec(html)?.[1];
    expect(json).toBeDefined();
    // Nothing in the data closes the element or opens a comment, and it reads back as it was.
    expect(json).not.toMatch(/<|\u2028/);
    expect(JSON.parse(json!)).toEqual(JSON.parse(page.state));
  });

  it('refuses a shell whose #root holds something else (the page would be drawn twice)', () => {
    expect(() => pageHtml(template.replace('Waiji 外籍</div></div>', 'Waiji</div><p>x</p></div>'), page)).toThrow(
      /#root/,
    );
  });
});
