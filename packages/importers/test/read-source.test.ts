import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { readSource } from '../src/index.ts';

const fixtures = fileURLToPath(new URL('./fixtures', import.meta.url));

describe('readSource', () => {
  it('reads every file of a folder in name order', async () => {
    const files = await readSource(fixtures);
    expect(files.map((f) => f.fileName)).toEqual(['blog.disqus.xml', 'blog.wxr.xml']);
    expect(files[0]!.content).toMatch(/^<\?xml/);
  });

  it('reads a single file under its base name', async () => {
    const [file] = await readSource(`${fixtures}/blog.wxr.xml`);
    expect(file!.fileName).toBe('blog.wxr.xml');
  });
});
