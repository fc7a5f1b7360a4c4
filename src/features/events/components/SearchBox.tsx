// Search input: each keystroke filters the table at once (filtering is a pass over typed columns);
// the URL (`q`, replacing the history entry) follows 200 ms after the last keystroke, so typing does
// not flood history. Enter writes it straight away.
import { memo } from 'react';

const URL_DELAY_MS = 200;

function SearchBoxView({
  value,
  onSearch,
}: {
  value: string;
  /** `delay`: ms before the URL follows; 0 for at once. */
  onSearch: (q: string, delay: number) => void;
}) {
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
        onChange={(e) => onSearch(e.target.value, URL_DELAY_MS)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') onSearch(e.currentTarget.value, 0);
        }}
      />
      <p id="events-search-hint" className="search-box__hint">
        Любая форма слова: «беларус» найдёт «Беларусь» и «белорусской»; ё и е не различаются.
      </p>
    </div>
  );
}

/** Memoised: it re-renders when its own props change, not when the URL merely catches up. */
export const SearchBox = memo(SearchBoxView);
