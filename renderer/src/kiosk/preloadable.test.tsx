/** The code-split screens: once preloaded they render at once; a failed load is tried again. */
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { preloadable } from './preloadable';

function Greeting({ name }: { name: string }) {
  return <p>Hello {name}</p>;
}

describe('preloadable', () => {
  it('renders the loaded component directly once preloaded, and loads the chunk once', async () => {
    const load = vi.fn(async () => Greeting);
    const screen = preloadable(load);
    expect(load).not.toHaveBeenCalled(); // nothing is fetched before it is asked for
    await Promise.all([screen.preload(), screen.preload()]);
    expect(renderToString(<screen.Component name="Xuzhou" />)).toBe('<p>Hello <!-- -->Xuzhou</p>');
    expect(load).toHaveBeenCalledOnce();
  });

  it('tries a failed load again on the next preload', async () => {
    const load = vi.fn<() => Promise<typeof Greeting>>();
    load.mockRejectedValueOnce(new Error('chunk missing')).mockResolvedValue(Greeting);
    const screen = preloadable(load);
    await expect(screen.preload()).rejects.toThrow('chunk missing');
    await screen.preload();
    expect(load).toHaveBeenCalledTimes(2);
    expect(renderToString(<screen.Component name="again" />)).toContain('again');
  });
});
