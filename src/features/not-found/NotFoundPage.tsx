import { Link } from 'react-router-dom';

export function NotFoundPage() {
  return (
    <section className="state state--empty" aria-labelledby="not-found-title">
      <h2 id="not-found-title">Страница не найдена</h2>
      <p>Такого адреса на дашборде нет. Возможно, ссылка устарела или в ней опечатка.</p>
      <p>
        <Link to="/">На главную</Link> · <Link to="/events">К списку мероприятий</Link>
      </p>
    </section>
  );
}
