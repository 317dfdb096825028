/**
 * A component in a chunk of its own (code splitting), so that the first paint of the attract loop
 * does not wait for the parsing of what only later screens need (the pinyin dictionary of the A–Z
 * index, the QR encoder, the maps, the admin charts). `preload` fetches and parses the chunk ahead
 * (the app calls it while the attract loop runs); once loaded, the component renders at once, with
 * no Suspense fallback in between.
 */
import { lazy, type ComponentType, type JSX } from 'react';

export interface Preloadable<P extends object> {
  Component: (props: P) => JSX.Element;
  preload: () => Promise<void>;
}

export function preloadable<P extends object>(load: () => Promise<ComponentType<P>>): Preloadable<P> {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<void> | undefined;
  const preload = () =>
    (pending ??= load().then(
      (component) => {
        loaded = component;
      },
      (error: unknown) => {
        pending = undefined; // a later render or preload tries again
        throw error;
      },
    ));
  const Lazy = lazy(async () => {
    await preload();
    return { default: loaded! };
  });
  function Component(props: P) {
    const Loaded = loaded;
    return Loaded ? <Loaded {...props} /> : <Lazy {...props} />;
  }
  return { Component, preload };
}
