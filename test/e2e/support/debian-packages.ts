// The Debian packages the e2e project runs (the tests never install them; .ci/run does): a clear
// message, in Russian and English, that names the one command to install what is missing.
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

export function missingPackage(what: string, pkg: string, usedFor: { ru: string; en: string }, envVar?: string) {
  const command = `sudo apt-get update && sudo apt-get install -y ${pkg}`;
  return new Error(
    [
      `Не найден ${what}: ${usedFor.ru}. Установите: ${command}${envVar ? ` (или укажите путь в ${envVar})` : ''}.`,
      `${what} not found: ${usedFor.en}. Install it: ${command}${envVar ? ` (or set ${envVar})` : ''}.`,
    ].join('\n'),
  );
}

/** Whether a command is on PATH (as execFile would find it). */
export function onPath(command: string): boolean {
  return (process.env.PATH ?? '').split(delimiter).some((dir) => dir && existsSync(join(dir, command)));
}

/** pdfinfo, pdftotext and pdftoppm read printed PDFs back (test/e2e/support/pdf.ts). */
export function requirePoppler(): void {
  const missing = ['pdfinfo', 'pdftotext', 'pdftoppm'].filter((tool) => !onPath(tool));
  if (missing.length > 0)
    throw missingPackage(missing.join(', '), 'poppler-utils', {
      ru: 'ими e2e читают напечатанные в PDF страницы',
      en: 'the e2e tests read printed PDFs with them',
    });
}
