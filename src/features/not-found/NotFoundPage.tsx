import { Link } from 'react-router-dom';
import { paths } from '../../config/paths';

export function NotFoundPage() {
  return (
    <section className="state state--empty" aria-labelledby="not-found-title">
      <h2 id="not-found-title">Страница не найдена</h2>
      <p>Такого адреса на дашборде нет. Возможно, ссылка устарела или в ней опечатка.</p>
      <p>
        <Link to={paths.overview()}>На главную</Link> · <Link to={paths.events()}>К списку мероприятий</Link>
      </p>
    </section>
  );
}
