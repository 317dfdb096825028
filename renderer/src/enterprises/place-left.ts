/**
 * Where the directory was scrolled when a card was opened, and what the search had typed, so that
 * coming back from the profile finds the same cards (a screen is unmounted while the profile shows).
 */
import type { GridPlace } from './VirtualCardGrid';

let left: { list: string; place: GridPlace } | null = null;

/** `list` names the directory's filters and language: another list starts at its top. */
export function rememberPlace(list: string, place: GridPlace | undefined): void {
  left = place ? { list, place } : null;
}

export function placeLeft(list: string): GridPlace | undefined {
  return left?.list === list ? left.place : undefined;
}

let searched = '';

export function rememberSearch(query: string): void {
  searched = query;
}

export function searchLeft(): string {
  return searched;
}
