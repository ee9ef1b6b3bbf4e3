import { Component, type ReactNode } from 'react';
import { RouteErrorPage } from './RouteErrorPage';

type RouteErrorBoundaryProps = {
  /** Changes on every navigation (the location's key); a new value drops a caught error and renders the children. */
  resetKey: string;
  children: ReactNode;
};

type RouteErrorBoundaryState = { failed: boolean; resetKey: string };

/**
 * Shows RouteErrorPage, in place of everything it wraps, when rendering throws: typically a lazy page whose chunk
 * vanished after a deploy. The error belongs to the address it happened at, so navigating elsewhere (the browser's
 * back button, for one) renders the routes again instead of keeping the error page.
 * React itself reports the error on the console, as it does for every error a boundary catches.
 */
export class RouteErrorBoundary extends Component<RouteErrorBoundaryProps, RouteErrorBoundaryState> {
  override state: RouteErrorBoundaryState = { failed: false, resetKey: this.props.resetKey };

  static getDerivedStateFromError(): Partial<RouteErrorBoundaryState> {
    return { failed: true };
  }

  static getDerivedStateFromProps(
    props: RouteErrorBoundaryProps,
    state: RouteErrorBoundaryState,
  ): RouteErrorBoundaryState | null {
    return props.resetKey === state.resetKey ? null : { failed: false, resetKey: props.resetKey };
  }

  override render() {
    return this.state.failed ? <RouteErrorPage /> : this.props.children;
  }
}
