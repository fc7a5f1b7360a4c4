// Loading, error and empty states shared by every screen.
import { useEffect, useState, type ReactNode } from 'react';

/** Appears immediately as a skeleton; after `slowAfterMs` it says that the server is slow. */
export function LoadingState({
  label = 'Загрузка данных…',
  slowAfterMs = 3000,
}: {
  label?: string;
  slowAfterMs?: number;
}) {
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setSlow(true), slowAfterMs);
    return () => clearTimeout(timer);
  }, [slowAfterMs]);
  return (
    <div className="state state--loading" role="status" aria-live="polite">
      <div className="skeleton" aria-hidden="true">
        <div className="skeleton__bar" />
        <div className="skeleton__bar skeleton__bar--short" />
        <div className="skeleton__grid">
          <div className="skeleton__card" />
          <div className="skeleton__card" />
          <div className="skeleton__card" />
        </div>
      </div>
      <p>{slow ? 'Сервер отвечает медленно, продолжаем ждать…' : label}</p>
    </div>
  );
}

export function ErrorState({
  title = 'Не удалось загрузить данные',
  message,
  onRetry,
  headingLevel = 2,
  children,
}: {
  title?: string;
  message: string;
  onRetry?: () => void;
  /** 3 inside a section that already has an h2 (e.g. a chart card), to keep the outline in order. */
  headingLevel?: 2 | 3;
  children?: ReactNode;
}) {
  const Heading = headingLevel === 3 ? 'h3' : 'h2';
  return (
    <div className="state state--error" role="alert">
      <Heading>{title}</Heading>
      <p>{message}</p>
      {children}
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          Повторить
        </button>
      )}
    </div>
  );
}

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="state state--empty" role="status">
      <p className="state__title">{title}</p>
      {children}
    </div>
  );
}
