// Catches render errors so one broken part of a page does not blank the whole screen.
// Wrap every independent block (each chart, the table, the map) in its own boundary:
//   <ErrorBoundary label="график по странам">…</ErrorBoundary>
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { ErrorState } from './QueryStates';

interface Props {
  /** What this boundary protects, for the message: «график по странам», «таблица мероприятий»… */
  label: string;
  /** When this value changes (e.g. the route or the data), a caught error is cleared and the block re-renders. */
  resetKey?: unknown;
  /** Level of the message's heading: 3 inside a section that has its own h2 or h3 title. */
  headingLevel?: 2 | 3;
  children: ReactNode;
}

interface State {
  error: Error | null;
  resetKey: unknown;
}

export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    if (Object.is(props.resetKey, state.resetKey)) return null;
    return { error: null, resetKey: props.resetKey };
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept in the console for whoever debugs it; the user sees a readable message instead.
    console.warn(`Ошибка в блоке «${this.props.label}»`, error, info.componentStack);
  }

  render() {
    if (this.state.error) {
      return (
        <ErrorState
          title={`Не удалось показать: ${this.props.label}`}
          message="Остальная часть страницы работает. Попробуйте ещё раз или обновите страницу."
          onRetry={() => this.setState({ error: null })}
          headingLevel={this.props.headingLevel ?? 2}
        />
      );
    }
    return this.props.children;
  }
}
