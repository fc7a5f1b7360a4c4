// What a prerendered page says about itself in <head>: its title, a description and the Open Graph
// tags a messenger shows for a pasted link (title, period, the headline figure). Every figure comes
// from src/domain, worded as on the page: the description of the overview and of a country brief is
// the first sentence of «Цифры для прессы».
import { paths } from '../../config/paths';
import { countryNames, isKnownCountry } from '../../domain/countries';
import { filterView } from '../../domain/filter-engine';
import { EMPTY_FILTERS } from '../../domain/filters';
import type { PreparedReport } from '../../domain/prepared-report';
import { pressSentences } from '../../domain/press-text';
import { formatQuarter } from '../../lib/calendar';
import { formatDate, formatDateRange } from '../../lib/format';
import { countOf, FORMS } from '../../lib/lexicon';

export const SITE_NAME = 'Международные мероприятия Смоленской области';
const DEFAULT_DESCRIPTION = 'Международные мероприятия Смоленской области: обзор квартала, фильтры, цифры для прессы.';
/** Messengers cut longer descriptions anyway; a cut ends with an ellipsis at a word boundary. */
const DESCRIPTION_MAX = 300;

export interface PageMeta {
  /** The <title> and og:title. */
  title: string;
  /** <meta name="description"> and og:description. */
  description: string;
}

function clip(text: string, max = DESCRIPTION_MAX): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).replace(/[\s,;:.–—-]+$/, '')}…`;
}

const titled = (page: string) => `${page} — ${SITE_NAME}`;

/** The head of the page at `path` (an in-app path: '/', '/events/2026-q1-7', …) showing `model`. */
export function pageMeta(path: string, model: PreparedReport | null, notFound = false): PageMeta {
  if (notFound) return { title: titled('Страница не найдена'), description: DEFAULT_DESCRIPTION };
  if (!model) return { title: SITE_NAME, description: DEFAULT_DESCRIPTION };
  const { report } = model;
  const quarter = formatQuarter(report.period.year, report.period.quarter);
  const period = `${formatDate(report.period.start)} – ${formatDate(report.period.end)}`;
  const [headline = ''] = pressSentences({ view: model.all, filters: EMPTY_FILTERS });

  if (path === paths.overview()) return { title: titled(`Обзор: ${quarter}`), description: clip(headline) };
  if (path === paths.events())
    return {
      title: titled(`Мероприятия: ${quarter}`),
      description: clip(
        `${countOf(model.size, FORMS.event)} за ${period}: поиск и фильтры по странам, сферам, месяцам и формату, выгрузка в CSV и XLSX.`,
      ),
    };
  if (path === paths.quality())
    return {
      title: titled(`Данные и качество: ${quarter}`),
      description: clip(
        `Источник: ${report.source.file}, SHA-256 ${report.source.sha256}. Замечаний к данным: ${report.warnings.length}, каждое со ссылкой на строку отчёта.`,
      ),
    };
  const event = model.events.find((e) => path === paths.event(e.id));
  if (event)
    return {
      title: titled(`№ ${event.number}. ${event.title || 'Без названия'}`),
      description: clip(
        [formatDateRange(event.dates.start, event.dates.end), event.place.raw, event.sector.name, event.description]
          .map((part) => part.trim())
          .filter((part) => part && part !== '—')
          .join(' · '),
      ),
    };
  const code = /^\/countries\/([A-Z]{2})$/.exec(path)?.[1];
  if (code && isKnownCountry(code)) {
    const filters = { ...EMPTY_FILTERS, countries: [code] };
    const [sentence = ''] = pressSentences({ view: filterView(model, filters), filters });
    return { title: titled(`Справка: ${countryNames(code).short} — ${quarter}`), description: clip(sentence) };
  }
  return { title: titled(quarter), description: clip(headline || DEFAULT_DESCRIPTION) };
}
