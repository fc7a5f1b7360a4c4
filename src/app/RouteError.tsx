// Route-level error screen (react-router errorElement): a screen whose code failed to load (e.g. a
// chunk gone after a redeploy) or that threw outside any section boundary. The header stays usable.
import { isRouteErrorResponse, Link, useRouteError } from 'react-router-dom';
import { ErrorState } from '../shared/components/QueryStates';
import type { RouteObject } from 'react-router-dom';

function describe(error: unknown): { title: string; message: string } {
  if (isRouteErrorResponse(error)) {
    return error.status === 404
      ? { title: 'Страница не найдена', message: 'Такого адреса на дашборде нет.' }
      : { title: 'Не удалось открыть страницу', message: `Ошибка ${error.status}.` };
  }
  const text = error instanceof Error ? error.message : '';
  // Browsers word this differently: "Failed to fetch dynamically imported module", "Importing a module script failed"…
  if (/dynamically imported module|module script|Loading chunk|error loading dynamically/i.test(text)) {
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

export function RouteError() {
  const error = useRouteError();
  const { title, message } = describe(error);
  if (!isRouteErrorResponse(error)) console.warn('Ошибка маршрута', error);
  return (
    <ErrorState title={title} message={message} onRetry={() => window.location.reload()}>
      <p>
        <Link to="/">На главную</Link>
      </p>
    </ErrorState>
  );
}

/** Gives every child route a route-level error screen unless it declares its own. */
export function withRouteErrors(routes: RouteObject[]): RouteObject[] {
  return routes.map((route) =>
    route.errorElement === undefined && route.ErrorBoundary === undefined
      ? ({ ...route, errorElement: <RouteError /> } as RouteObject)
      : route,
  );
}
