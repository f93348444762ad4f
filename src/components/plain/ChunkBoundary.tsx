// Where a lazily loaded part of the console could not be fetched: a message with a retry in its place, not a
// crash page. Other errors pass on to the route's boundary.
import { Component, type ReactNode, Suspense } from 'react';
import { PageSkeleton } from './PageSkeleton.tsx';
import { Alert, PlainButton } from './ui.tsx';

interface Props {
  /** Texts in the active language (this class cannot use hooks). */
  text: { loading: string; failed: string; retry: string; close: string };
  floating: boolean;
  onRetry: () => void;
  onCancel: (() => void) | undefined;
  children: ReactNode;
}

/** Chunk loads fail as TypeErrors with these messages (Chromium, Firefox, Safari) or as Vite's preload error. */
export function isChunkLoadError(error: unknown): boolean {
  return (
    error instanceof Error &&
    /dynamically imported module|Importing a module script failed|error loading dynamically|Unable to preload/iu.test(
      error.message,
    )
  );
}

export class ChunkBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(error: unknown): { failed: boolean } {
    if (!isChunkLoadError(error)) throw error;
    return { failed: true };
  }

  override render() {
    const { text, floating, onRetry, onCancel, children } = this.props;
    if (!this.state.failed) {
      return (
        <Suspense fallback={floating ? null : <PageSkeleton label={text.loading} />}>{children}</Suspense>
      );
    }
    const message = (
      <Alert
        severity="error"
        role="alert"
        action={
          <>
            {onCancel && (
              <PlainButton color="inherit" size="small" onClick={onCancel}>
                {text.close}
              </PlainButton>
            )}
            <PlainButton
              color="inherit"
              size="small"
              variant="outlined"
              // eslint-disable-next-line jsx-a11y/no-autofocus -- the user's action is waiting on this one answer
              autoFocus
              onClick={() => {
                this.setState({ failed: false });
                onRetry();
              }}
            >
              {text.retry}
            </PlainButton>
          </>
        }
      >
        {text.failed}
      </Alert>
    );
    if (!floating) return message;
    return <div className="rb-floating">{message}</div>;
  }
}
