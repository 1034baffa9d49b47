/** Every language file of the corpus, keyed by language tag. */
import ar from './ar';
import de from './de';
import el from './el';
import en from './en';
import es from './es';
import fa from './fa';
import fr from './fr';
import he from './he';
import hi from './hi';
import it from './it';
import ja from './ja';
import kk from './kk';
import kkLatn from './kk-Latn';
import ko from './ko';
import ky from './ky';
import pl from './pl';
import pt from './pt';
import ro from './ro';
import ru from './ru';
import tr from './tr';
import uk from './uk';
import ur from './ur';
import uz from './uz';
import zh from './zh';
import zhHant from './zh-Hant';
import ta from './ta';
import te from './te';
import ml from './ml';
import kn from './kn';
import gu from './gu';
import mr from './mr';
import fi from './fi';
import sv from './sv';
import vi from './vi';
import az from './az';

export const CORPUS: Record<string, readonly string[]> = {
  en,
  ar,
  he,
  ru,
  uk,
  kk,
  'kk-Latn': kkLatn,
  ky,
  uz,
  zh,
  'zh-Hant': zhHant,
  ja,
  ko,
  de,
  fr,
  es,
  it,
  pt,
  tr,
  fa,
  ur,
  hi,
  pl,
  ro,
  el,
  ta,
  te,
  ml,
  kn,
  gu,
  mr,
  fi,
  sv,
  vi,
  az,
};
