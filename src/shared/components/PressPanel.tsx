// «Цифры для прессы»: ready-to-quote sentences for the current view, with a copy button. The text is
// generated in src/domain/press-text.ts; this component only shows it and puts it on the clipboard.
import { memo, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { EventsView } from '../../domain/events-view';
import { describeFilters, type EventFilters } from '../../domain/filters';
import { pressSentences, pressSource, pressText } from '../../domain/press-text';
import './press-panel.css';

export interface PressPanelProps {
  /** The events of the current view (already filtered). */
  view: EventsView;
  filters: EventFilters;
  /** Heading level of the panel title, to fit the page outline. */
  headingLevel?: 2 | 3;
  className?: string;
  /** Sentences after the report's own (the comparison with an earlier quarter, press-comparison.ts). */
  extra?: readonly string[];
}

const NONE: readonly string[] = [];

/** The old execCommand route, for browsers or contexts (plain http, old WebViews) without the Clipboard API. */
function copyWithTextarea(text: string): boolean {
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  document.body.append(area);
  area.focus();
  area.select();
  let copied: boolean;
  try {
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  area.remove();
  previous?.focus(); // keyboard users stay on the copy button
  return copied;
}

async function copyToClipboard(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Permission denied or insecure context: try the fallback below.
  }
  return copyWithTextarea(text);
}

function PressPanelView({ view, filters, headingLevel = 2, className, extra = NONE }: PressPanelProps) {
  const titleId = useId();
  const textRef = useRef<HTMLDivElement>(null);
  // The status names the text it is about: a new view means new text, and an old «Скопировано» is hidden.
  const [status, setStatus] = useState<{ ok: boolean; message: string; text: string } | null>(null);
  const sentences = useMemo(() => [...pressSentences({ view, filters }), ...extra], [view, filters, extra]);
  const text = useMemo(
    () =>
      extra.length === 0 ? pressText({ view, filters }) : `${sentences.join(' ')}\n\n${pressSource(view.model.report)}`,
    [view, filters, extra, sentences],
  );
  const scope = describeFilters(filters, view.model);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';

  const current = status?.text === text ? status : null;
  useEffect(() => {
    if (!status?.ok) return;
    const timer = setTimeout(() => setStatus(null), 4000);
    return () => clearTimeout(timer);
  }, [status]);

  async function copy() {
    if (await copyToClipboard(text)) {
      setStatus({ ok: true, message: 'Скопировано', text });
      return;
    }
    // Last resort: select the text so Ctrl+C works.
    const node = textRef.current;
    const selection = window.getSelection();
    if (node && selection) {
      const range = document.createRange();
      range.selectNodeContents(node);
      selection.removeAllRanges();
      selection.addRange(range);
    }
    setStatus({ ok: false, message: 'Не удалось скопировать автоматически: текст выделен, нажмите Ctrl+C.', text });
  }

  return (
    <section className={`card press-panel${className ? ` ${className}` : ''}`} aria-labelledby={titleId}>
      <div className="press-panel__header">
        <Heading id={titleId} className="press-panel__title">
          Цифры для прессы
        </Heading>
        <button type="button" className="button press-panel__copy no-print" onClick={() => void copy()}>
          Копировать текст
        </button>
      </div>
      <p className="press-panel__scope">
        {scope.length > 0 ? `Для отбора: ${scope.join('; ')}.` : 'По всем мероприятиям отчёта.'}
      </p>
      <div ref={textRef} className="press-panel__text">
        <p>
          {sentences.map((s, i) => (
            <span key={i}>
              {i > 0 ? ' ' : ''}
              {s}
            </span>
          ))}
        </p>
        <p className="press-panel__source">{pressSource(view.model.report)}</p>
      </div>
      <p
        className={`press-panel__status no-print${current && !current.ok ? ' press-panel__status--error' : ''}`}
        role="status"
        aria-live="polite"
      >
        {current?.message ?? ''}
      </p>
    </section>
  );
}

/** Memoised: the text is redone for a new view or filter, not when the page re-renders for the URL. */
export const PressPanel = memo(PressPanelView);
