export {
  type Catalog,
  DEFAULT_LOCALE,
  isSupportedLocale,
  type Locale,
  type Message,
  type Messages,
  plural,
  resolveLocale,
  SUPPORTED_LOCALES,
  type TranslationStatus,
} from './locale.js';
