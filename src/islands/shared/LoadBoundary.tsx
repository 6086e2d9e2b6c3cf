import { Component, type ReactNode } from 'react';

/**
 * Around a part that loads after the page (React.lazy): if its code cannot be fetched (offline
 * before the service worker had it, or a new version of the site replaced it), that part says so
 * and the rest of the page, with the form and everything typed, stays.
 */
export class LoadBoundary extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  render(): ReactNode {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
