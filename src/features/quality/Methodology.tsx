// «Методика»: how the figures are counted, in plain Russian, from the same rule texts the ingest
// implements (src/domain/methodology.ts), so the page and the code cannot drift apart.
import { COUNTING_RULES, COUNTRY_ROLES, ROLE_LABELS, ROLE_RULES } from '../../domain/methodology';

export function Methodology() {
  return (
    <section className="card quality__method" aria-labelledby="method-title">
      <h3 id="method-title">Методика</h3>
      <p>
        Роль страны в мероприятии определяется по словам строки отчёта; на странице мероприятия эти слова показаны рядом
        с ролью.
      </p>
      <h4>Роль страны в мероприятии</h4>
      <dl className="quality__rules">
        {COUNTRY_ROLES.map((role) => (
          <div key={role}>
            <dt>{ROLE_LABELS[role].charAt(0).toUpperCase() + ROLE_LABELS[role].slice(1)}</dt>
            <dd>{ROLE_RULES[role]}</dd>
          </div>
        ))}
      </dl>
      <h4>Что считают цифры</h4>
      <dl className="quality__rules">
        {COUNTING_RULES.map((rule) => (
          <div key={rule.title}>
            <dt>{rule.title}</dt>
            <dd>{rule.text}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
