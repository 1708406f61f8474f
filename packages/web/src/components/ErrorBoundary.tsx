import { Button, Result } from 'antd';
import { Component, type ReactNode } from 'react';
import i18n from '../i18n/index.ts';

interface State {
  error: Error | null;
}

/**
 * Shows a page-level message instead of a blank screen when rendering fails, e.g. when a page's code
 * cannot be loaded after the app was updated on the server. Reloading fetches the new version.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error) {
    console.error(error);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <Result
        status="warning"
        title={i18n.t('app.crashed')}
        subTitle={this.state.error.message}
        extra={
          <Button type="primary" onClick={() => window.location.reload()}>
            {i18n.t('app.reload')}
          </Button>
        }
      />
    );
  }
}
