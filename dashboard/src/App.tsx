/** Shell: header with the key, tab navigation, and the view the path names. */
import { MouseEvent, useState } from 'react';
import { KeyBar } from './components/KeyBar';
import { navigate, routeParams, usePath } from './router';
import { ConceptView } from './views/ConceptView';
import { LabelsView } from './views/LabelsView';
import { SimilarView } from './views/SimilarView';
import { TrainingView } from './views/TrainingView';

const TABS = [
  { path: '/similar', name: 'Similar cases' },
  { path: '/concepts', name: 'Concept explorer' },
  { path: '/labels', name: 'Labels' },
  { path: '/training', name: 'Training' },
];

export function App() {
  const path = usePath();
  const [session, setSession] = useState(0);
  const section = '/' + (path.split('/')[1] || 'similar');
  const params = routeParams(path);
  const go = (event: MouseEvent<HTMLAnchorElement>, to: string): void => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    navigate(to);
  };
  return (
    <>
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <header className="top">
        <h1>ontocase</h1>
        <nav aria-label="Views">
          <ul>
            {TABS.map((tab) => (
              <li key={tab.path}>
                <a href={tab.path} aria-current={section === tab.path ? 'page' : undefined} onClick={(e) => go(e, tab.path)}>
                  {tab.name}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <KeyBar onChange={() => setSession((s) => s + 1)} />
      </header>
      <main id="main" key={session}>
        {section === '/similar' ? <SimilarView key={params[0] ?? ''} initialId={params[0]} /> : null}
        {section === '/concepts' ? <ConceptView id={params[0]} /> : null}
        {section === '/labels' ? <LabelsView initialSet={params[0]} /> : null}
        {section === '/training' ? <TrainingView /> : null}
        {!TABS.some((t) => t.path === section) ? <p className="status empty">Nothing here. Choose a view above.</p> : null}
      </main>
    </>
  );
}
