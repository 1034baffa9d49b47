import { render } from 'preact';
import store from 'virtual:steppe/store';
import { uiLocale } from '../../src/ui/locale';
import { ReaderApp } from '../../src/ui/reader/ReaderApp';
import { subscribeReaderTargets } from '../../src/reader/subscribe';
import '../../src/ui/theme.css';
import '../../src/ui/reader/reader.css';

render(<ReaderApp store={store} locale={uiLocale()} subscribeTargets={subscribeReaderTargets} />, document.getElementById('app')!);
