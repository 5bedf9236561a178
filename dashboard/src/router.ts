/** A tiny history router: /similar, /concepts/:id, /labels/:set, /training. */
import { useEffect, useState } from 'react';

export function navigate(path: string): void {
  if (path === location.pathname + location.search) return;
  history.pushState(null, '', path);
  dispatchEvent(new PopStateEvent('popstate'));
}

export function usePath(): string {
  const [path, setPath] = useState(location.pathname);
  useEffect(() => {
    const update = (): void => setPath(location.pathname);
    addEventListener('popstate', update);
    return () => removeEventListener('popstate', update);
  }, []);
  return path;
}

/** Segments after the view's name, decoded: /concepts/D010996 → ['D010996']. */
export function routeParams(path: string): string[] {
  return path.split('/').filter(Boolean).slice(1).map(decodeURIComponent);
}
