// `vite preview` of a build directory, started and stopped by the benchmark.
import { spawn, type ChildProcess } from 'node:child_process';

export interface Server {
  url: string;
  stop: () => void;
}

async function waitFor(url: string, timeoutMs = 30_000) {
  const started = Date.now();
  for (;;) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    if (Date.now() - started > timeoutMs) throw new Error(`${url} did not start`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

export async function preview(outDir: string, port: number): Promise<Server> {
  const child: ChildProcess = spawn(
    'npx',
    ['vite', 'preview', '--outDir', outDir, '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
    { stdio: ['ignore', 'ignore', 'inherit'], detached: true },
  );
  const stop = () => {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  process.on('exit', stop);
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitFor(`${url}/`);
  } catch (error) {
    stop();
    throw error;
  }
  return { url, stop };
}
