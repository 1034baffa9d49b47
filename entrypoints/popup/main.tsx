import { render } from 'preact';
import store from 'virtual:steppe/store';
import { openReader } from '../../src/messaging/open-reader';
import { uiLocale } from '../../src/ui/locale';
import { PopupApp } from '../../src/ui/popup/PopupApp';
import '../../src/ui/theme.css';
import '../../src/ui/popup/popup.css';

render(<PopupApp store={store} locale={uiLocale()} openReader={openReader} />, document.getElementById('app')!);
