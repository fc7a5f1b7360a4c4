// Route-level error screen (react-router errorElement): a screen whose code failed to load (e.g. a
// chunk gone after a redeploy) or that threw outside any section boundary. The header stays usable.
import { isRouteErrorResponse, Link, useRouteError } from 'react-router-dom';
import { ErrorState } from '../shared/components/QueryStates';
import type { RouteObject } from 'react-router-dom';
import { paths } from '../config/paths';

function describe(error: unknown): { title: string; message: string } {
  if (isRouteErrorResponse(error)) {
    return error.status === 404
      ? { title: 'Страница не найдена', message: 'Такого адреса на дашборде нет.' }
      : { title: 'Не удалось открыть страницу', message: `Ошибка ${error.status}.` };
  }
  const text = error instanceof Error ? error.message : '';
  // Browsers word this differently ("Failed to fetch dynamically imported module", "Importing a module
  // script failed"…); Vite's preloader reports a screen's stylesheet as "Unable to preload CSS".
  if (
    /dynamically imported module|module script|Loading chunk|error loading dynamically|Unable to preload/i.test(text)
  ) {
    return {
      title: 'Не удалось загрузить раздел',
      message: 'Часть приложения не загрузилась: возможно, пропала связь или вышла новая версия. Обновите страницу.',
    };
  }
  return {
    title: 'Не удалось показать страницу',
    message:
      'На странице произошла ошибка. Остальные разделы работают; обновите страницу или перейдите в другой раздел.',
  };
}

function ScreenError({ error }: { error: unknown }) {
  const { title, message } = describe(error);
  return (
    <ErrorState title={title} message={message} onRetry={() => window.location.reload()}>
      <p>
        <Link to={paths.overview()}>На главную</Link>
      </p>
    </ErrorState>
  );
}

export function RouteError() {
  const error = useRouteError();
  if (!isRouteErrorResponse(error)) console.warn('Ошибка маршрута', error);
  return <ScreenError error={error} />;
}

type LazyRoute = () => Promise<Record<string, unknown>>;

/**
 * A screen whose code fails to download must still say so. React Router keeps a failed `lazy` route
 * pending and renders nothing for it (its errorElement never shows), so the failure is turned into a
 * screen here. Retrying means reloading the page: the router does not call `lazy` twice.
 */
function screenOrLoadError(lazy: LazyRoute): LazyRoute {
  return async () => {
    try {
      return await lazy();
    } catch (error) {
      console.warn('Не удалось загрузить код раздела', error);
      return { Component: () => <ScreenError error={error} /> };
    }
  };
}

/** Gives every child route an error screen (unless it declares its own) and a load-failure screen. */
export function withRouteErrors(routes: RouteObject[]): RouteObject[] {
  return routes.map((route) => {
    const next: Record<string, unknown> = { ...route };
    if (route.errorElement === undefined && route.ErrorBoundary === undefined) next.errorElement = <RouteError />;
    if (typeof route.lazy === 'function') next.lazy = screenOrLoadError(route.lazy as LazyRoute);
    return next as RouteObject;
  });
}
