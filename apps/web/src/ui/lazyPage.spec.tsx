import { render, screen } from '@testing-library/react';
import { Component, type ReactNode, Suspense } from 'react';
import { preloadRoute } from '../app/routes';
import { lazyPage } from './lazyPage';

const deferred = <T,>() => {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((settle) => {
    resolve = settle;
  });
  return { promise, resolve };
};

class Boundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override render() {
    return this.state.error ? <p role="alert">{this.state.error.message}</p> : this.props.children;
  }
}

const Greeting = ({ name }: { name: string }) => <p>Hello {name}</p>;

describe('lazyPage', () => {
  it('suspends until its code arrives when nothing preloaded it, and loads it once', async () => {
    const module = deferred<{ Greeting: typeof Greeting }>();
    const load = jest.fn(() => module.promise);
    const Page = lazyPage(load, 'Greeting');
    render(
      <Suspense fallback={<p>Loading…</p>}>
        <Page name="Ana" />
      </Suspense>,
    );
    expect(screen.getByText('Loading…')).toBeInTheDocument();
    module.resolve({ Greeting });
    expect(await screen.findByText('Hello Ana')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('renders at once, without showing the fallback, when preloaded before React asks for it', async () => {
    const load = jest.fn(() => Promise.resolve({ Greeting }));
    const Page = lazyPage(load, 'Greeting');
    await Page.preload();
    render(
      <Suspense fallback={<p>Loading…</p>}>
        <Page name="Ana" />
      </Suspense>,
    );
    // Synchronously: no findBy, and no fallback drawn in between.
    expect(screen.getByText('Hello Ana')).toBeInTheDocument();
    expect(screen.queryByText('Loading…')).not.toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('throws a failed load to the nearest error boundary, as React.lazy does', async () => {
    const Page = lazyPage<{ Greeting: typeof Greeting }, 'Greeting'>(
      () => Promise.reject(new Error('chunk failed')),
      'Greeting',
    );
    const quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      render(
        <Boundary>
          <Suspense fallback={<p>Loading…</p>}>
            <Page name="Ana" />
          </Suspense>
        </Boundary>,
      );
      expect(await screen.findByRole('alert')).toHaveTextContent('chunk failed');
      await expect(Page.preload()).rejects.toThrow('chunk failed');
    } finally {
      quiet.mockRestore();
    }
  });
});

describe('preloadRoute', () => {
  it('starts the code of the lazy pages a path shows, and of none for a path without one', () => {
    expect(preloadRoute('/cases')).toBe(1);
    expect(preloadRoute('/settings/members')).toBe(2); // the settings layout and the section
    expect(preloadRoute('/')).toBe(0); // the home route decides between pages once the session is known
  });
});
