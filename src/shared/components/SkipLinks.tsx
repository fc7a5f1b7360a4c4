// «На этой странице»: links past the page's sections for keyboard users, shown while one has focus
// (like the layout's «Перейти к содержанию»). Each target is a landmark with tabIndex −1, so the focus
// moves there and the next Tab continues inside it.
export interface SkipTarget {
  id: string;
  label: string;
}

export function SkipLinks({ targets }: { targets: readonly SkipTarget[] }) {
  return (
    <nav className="skip-links" aria-label="На этой странице">
      <ul>
        {targets.map((t) => (
          <li key={t.id}>
            <a
              href={`#${t.id}`}
              onClick={(event) => {
                // Focus the section without changing the URL (the router owns it) or jumping twice.
                const target = document.getElementById(t.id);
                if (!target) return;
                event.preventDefault();
                target.focus({ preventScroll: true });
                target.scrollIntoView({ block: 'start' });
              }}
            >
              {t.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
