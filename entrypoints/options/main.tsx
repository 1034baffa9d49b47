import { render } from 'preact';
render(<main>Steppe Lens</main>, document.getElementById('app')!);
