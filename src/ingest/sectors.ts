// Sector headings: recognition, display name and a stable latin id.
import { cleanInline, foldForMatch, slugify } from './text-utils';

/** A heading that may be glued into an event row (row 31 of 2026-q1): only the standard wordings. */
const STRICT_HEADING_RE =
  /^(?:международное\s+)?(?:сотрудничество\s+в\s+|общие\s+направления\s+сотрудничества|иные\s+направления\s+сотрудничества|прочие\s+мероприятия)/iu;

/** Looser test for a stand-alone one-cell row. */
const LOOSE_HEADING_RE = /(сотрудничеств|направлени|сфер[аеы]|взаимодейств|мероприяти)/iu;

function plausibleHeadingShape(text: string): boolean {
  return text.length > 0 && text.length <= 140 && !text.includes('\n') && !/\d/.test(text);
}

/** A cell that is certainly a sector heading, even where a data cell was expected. */
export function isStrictSectorHeading(cell: string): boolean {
  const text = cleanInline(cell);
  return plausibleHeadingShape(text) && STRICT_HEADING_RE.test(text);
}

/** A stand-alone one-cell row that reads like a heading. */
export function looksLikeSectorHeading(cell: string): boolean {
  const text = cleanInline(cell);
  return plausibleHeadingShape(text) && (STRICT_HEADING_RE.test(text) || LOOSE_HEADING_RE.test(text));
}

/**
 * Nominative forms of the standard sector names, used only to make readable ids
 * («экономического развития» → ekonomicheskoe-razvitie). Any other heading still gets a stable id:
 * the transliteration of its own words.
 */
const NOMINATIVE = new Map<string, string>(
  Object.entries({
    'экономического развития': 'экономическое развитие',
    'инвестиционного развития': 'инвестиционное развитие',
    'промышленности и торговли': 'промышленность и торговля',
    промышленности: 'промышленность',
    торговли: 'торговля',
    'сельского хозяйства': 'сельское хозяйство',
    'транспорта и дорожного хозяйства': 'транспорт и дорожное хозяйство',
    транспорта: 'транспорт',
    'труда и занятости населения': 'труд и занятость населения',
    'цифрового развития': 'цифровое развитие',
    'культуры и туризма': 'культура и туризм',
    культуры: 'культура',
    туризма: 'туризм',
    'образования и науки': 'образование и наука',
    образования: 'образование',
    науки: 'наука',
    'социальной сфере': 'социальная сфера',
    'социальной защиты': 'социальная защита',
    здравоохранения: 'здравоохранение',
    'молодежной политики и гражданско-патриотического воспитания':
      'молодежная политика и гражданско-патриотическое воспитание',
    'молодежной политики': 'молодежная политика',
    спорта: 'спорт',
    'физической культуры и спорта': 'физическая культура и спорт',
    'общие направления сотрудничества': 'общие направления',
    энергетики: 'энергетика',
    строительства: 'строительство',
    экологии: 'экология',
    природопользования: 'природопользование',
    'архивного дела': 'архивное дело',
    'средств массовой информации': 'средства массовой информации',
  }),
);

export function sectorName(cell: string): string {
  return cleanInline(cell)
    .replace(/[.:;]+$/, '')
    .trim();
}

/** Stable id: the distinctive part of the heading, in the nominative where known, transliterated. */
export function sectorId(name: string): string {
  const folded = foldForMatch(name)
    .replace(/[.:;]+$/, '')
    .trim();
  const core = folded
    .replace(/^международное\s+/, '')
    .replace(/^сотрудничество\s+(?:в\s+(?:сфере|сферах|области|областях)\s+|в\s+)/, '')
    .trim();
  // A Map, not an object: a heading «constructor» must not find Object.prototype's members.
  const nominative = NOMINATIVE.get(core) ?? NOMINATIVE.get(folded) ?? core;
  return slugify(nominative) || 'razdel';
}
