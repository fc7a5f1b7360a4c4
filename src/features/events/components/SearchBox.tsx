// Search input: typing updates the URL (`q`, replacing the history entry) 200 ms after the last
// keystroke, so each keystroke neither floods history nor refilters the report.
import { useEffect, useRef, useState } from 'react';

const DEBOUNCE_MS = 200;

export function SearchBox({ value: urlValue, onSearch }: { value: string; onSearch: (q: string) => void }) {
  const [value, setValue] = useState(urlValue);
  // Back/forward or "Сбросить" change the URL: show that, unless it is what we just wrote.
  const [seen, setSeen] = useState(urlValue);
  if (urlValue !== seen) {
    setSeen(urlValue);
    setValue(urlValue);
  }
  const pending = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(pending.current), []);

  const schedule = (next: string, delay: number) => {
    clearTimeout(pending.current);
    pending.current = setTimeout(() => {
      if (next !== urlValue) onSearch(next);
    }, delay);
  };

  return (
    <div className="search-box" role="search">
      <label htmlFor="events-search">Поиск</label>
      <input
        id="events-search"
        type="search"
        value={value}
        autoComplete="off"
        spellCheck={false}
        maxLength={200}
        placeholder="Название, место, описание, участники…"
        aria-describedby="events-search-hint"
        onChange={(e) => {
          setValue(e.target.value);
          schedule(e.target.value, DEBOUNCE_MS);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') schedule(value, 0);
        }}
      />
      <p id="events-search-hint" className="search-box__hint">
        Любая форма слова: «беларус» найдёт «Беларусь» и «белорусской»; ё и е не различаются.
      </p>
    </div>
  );
}
