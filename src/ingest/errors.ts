// What the ingest refuses, in Russian, with what to do about it. The CLI prints these messages and the
// browser importer shows them: `code` is for programs, `message` for people. Pure, no I/O.

export type IngestErrorCode =
  | 'empty'
  | 'too-large'
  | 'unsupported-format'
  | 'wrong-format'
  | 'corrupt-docx'
  | 'encrypted-docx'
  | 'docx-too-large'
  | 'encoding'
  | 'no-period'
  | 'not-a-quarter'
  | 'no-rows'
  | 'invalid-report'
  | 'read-failed'
  | 'store';

export class IngestError extends Error {
  readonly code: IngestErrorCode;
  constructor(code: IngestErrorCode, message: string) {
    super(message);
    this.name = 'IngestError';
    this.code = code;
  }
}

/** Sizes are shown in whole megabytes (ru-RU). */
export function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${mb >= 10 ? Math.round(mb) : Math.round(mb * 10) / 10} МБ`.replace('.', ',');
}

const SAVE_AS_DOCX = 'Откройте его в Word и сохраните как «Документ Word (*.docx)» или «Обычный текст (*.txt)».';

/** Messages shared by every entry point (CLI, browser importer). */
export const messages = {
  empty: () => 'файл пуст (0 байт). Проверьте, что выбран нужный файл.',
  tooLarge: (size: number, limit: number) =>
    `файл слишком большой (${megabytes(size)}; допускается до ${megabytes(limit)}). Отчёт о мероприятиях занимает меньше; проверьте, что выбран нужный файл, или удалите из него рисунки.`,
  unsupported: (ext: string) =>
    `неподдерживаемый формат «${ext || 'без расширения'}»: принимаются файлы .docx (Word) и .txt (текст). ${SAVE_AS_DOCX}`,
  pdf: () =>
    `это PDF, а не документ Word: из PDF таблицу надёжно не прочитать. Возьмите исходный файл Word (.docx) или сохраните отчёт из Word как .docx или .txt.`,
  rtf: () => `это файл RTF, а не .docx. ${SAVE_AS_DOCX}`,
  oldDoc: () => `это документ старого формата Word 97–2003 (.doc), а не .docx. ${SAVE_AS_DOCX}`,
  html: () => `это веб-страница (HTML), а не документ Word. ${SAVE_AS_DOCX}`,
  odt: () => 'это документ OpenDocument (.odt), а не .docx. Откройте его и сохраните как «Документ Word (*.docx)».',
  otherZip: () =>
    'это ZIP-архив, но не документ Word: в нём нет word/document.xml. Проверьте, что выбран файл отчёта .docx.',
  notZip: () => `файл назван .docx, но не является документом Word (это не ZIP-архив Office Open XML). ${SAVE_AS_DOCX}`,
  truncated: () =>
    'файл .docx повреждён или обрезан (архив не полон — возможно, файл не докачался или не до конца скопирован). Скопируйте файл заново или пересохраните его в Word.',
  corrupt: (detail: string) =>
    `файл .docx повреждён: ${detail}. Откройте его в Word (Word предложит восстановить) и сохраните заново.`,
  encrypted: () =>
    'файл .docx защищён паролем. Снимите защиту в Word (Файл → Сведения → Защита документа) и сохраните заново.',
  docxTooLarge: (part: string, size: number, limit: number) =>
    `содержимое .docx слишком велико: часть ${part} распаковывается в ${megabytes(size)} (допускается до ${megabytes(limit)}). Такой файл не похож на отчёт (возможно, это «ZIP-бомба»); проверьте источник файла.`,
  textInDocx: () =>
    `файл назван .docx, но это обычный текст. Переименуйте его в .txt или сохраните отчёт из Word как .docx.`,
  encoding: () =>
    'не удалось определить кодировку текста: файл не в UTF-8, UTF-16 или Windows-1251, или это не текст. Сохраните отчёт из Word как «Обычный текст» с кодировкой «Юникод (UTF-8)».',
  noPeriod: () =>
    'в заголовке отчёта (текст перед таблицей) не найден отчётный квартал вида «… в I квартале 2026 года». Добавьте его в заголовок документа.',
  notAQuarter: (phrase: string) =>
    `в заголовке указан период «${phrase}», а отчёт должен быть за один квартал («в I квартале 2026 года»). Разделите отчёт по кварталам или исправьте заголовок.`,
  noRows: () =>
    'в документе не найдено ни одной пронумерованной строки таблицы мероприятий. Проверьте, что таблица отчёта на месте и в первом столбце стоят номера строк.',
} as const;
