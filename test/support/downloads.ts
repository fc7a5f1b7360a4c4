// Captures what the app saves (saveBlob: an object URL clicked through a hidden link) without touching
// the real URL: a subclass with object-URL statics is stubbed in for the test, and the caller's
// afterEach(vi.unstubAllGlobals) puts the original back; the link click is a spy (restoreMocks).
import { vi } from 'vitest';

export interface SavedFile {
  name: string;
  blob: Blob;
}

export function captureDownloads(): SavedFile[] {
  const saved: SavedFile[] = [];
  const blobs = new Map<string, Blob>();
  vi.stubGlobal(
    'URL',
    class extends URL {
      static override createObjectURL(blob: Blob): string {
        const url = `blob:test/${blobs.size}`;
        blobs.set(url, blob);
        return url;
      }
      static override revokeObjectURL(): void {}
    },
  );
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push({ name: this.download, blob: blobs.get(this.href)! });
  });
  return saved;
}
