// Catches render errors so one broken part of a page does not blank the whole screen.
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { ErrorState } from './QueryStates';

interface Props {
  /** What this boundary protects, for the message: «график», «таблица»… */
  label: string;
  children: ReactNode;
}

interface State {
  error: Error | null;
}

export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
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
        />
      );
    }
    return this.props.children;
  }
}
