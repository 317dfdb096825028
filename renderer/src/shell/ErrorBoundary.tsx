import { Component, type ErrorInfo, type ReactNode } from 'react';
import { reportPageError } from '../kiosk/page-errors';
import { CrashScreen } from './StatusScreens';

interface Props {
  children: ReactNode;
  /** Seconds before the app starts over from the home screen. */
  resetAfter?: number;
}

interface State {
  failed: boolean;
  generation: number;
}

/**
 * A kiosk must never show a blank page: if a screen throws while rendering, show a calm message
 * and start over (fresh state, home screen) a few seconds later.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false, generation: 0 };
  private timer: number | undefined;

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // Reported first, so the console line below (and React's own) is not reported again.
    reportPageError('render', error, info.componentStack);
    console.error('[kiosk] screen crashed:', error, info.componentStack);
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(
      () => this.setState((s) => ({ failed: false, generation: s.generation + 1 })),
      (this.props.resetAfter ?? 6) * 1000,
    );
  }

  override componentWillUnmount(): void {
    window.clearTimeout(this.timer);
  }

  override render(): ReactNode {
    if (this.state.failed) return <CrashScreen />;
    return <ResetKey key={this.state.generation}>{this.props.children}</ResetKey>;
  }
}

function ResetKey({ children }: { children: ReactNode }) {
  return <>{children}</>;
}
