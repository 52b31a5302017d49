// Every visible word comes from the Fluent catalogs in i18n/<locale>/*.ftl, which the app hands
// over (command `i18n_catalog`), so the UI and core share one source of truth.
import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";
import { writable, type Readable } from "svelte/store";

export interface CatalogSource {
  locale: string;
  source: string;
}

export type Args = Record<string, FluentVariable>;
export type Translate = (id: string, args?: Args) => string;

/** Formats messages from a chain of bundles: the chosen locale, then English, then German. */
export class Translator {
  readonly locale: string;
  private readonly bundles: FluentBundle[];
  // One formatter of each kind per language: each Intl formatter holds ICU data outside the
  // JavaScript heap until it is collected, and a list of jobs formats a date on every row.
  private readonly dateFormat: Intl.DateTimeFormat;
  private readonly dateTimeFormat: Intl.DateTimeFormat;
  private readonly numberFormats = new Map<string, Intl.NumberFormat>();
  private languageNames: Intl.DisplayNames | null = null;

  constructor(catalogs: CatalogSource[]) {
    this.locale = catalogs[0]?.locale ?? "en";
    this.bundles = catalogs.map(({ locale, source }) => {
      // No bidi isolation marks: values are isolated by the markup (dir="auto") instead.
      const bundle = new FluentBundle(locale, { useIsolating: false });
      const errors = bundle.addResource(new FluentResource(source));
      for (const error of errors) console.error(`catalog ${locale}:`, error);
      return bundle;
    });
    this.dateFormat = new Intl.DateTimeFormat(this.locale, { dateStyle: "medium" });
    this.dateTimeFormat = new Intl.DateTimeFormat(this.locale, { dateStyle: "medium", timeStyle: "short" });
  }

  t: Translate = (id, args) => {
    for (const bundle of this.bundles) {
      const message = bundle.getMessage(id);
      if (message?.value) {
        return bundle.formatPattern(message.value, args);
      }
    }
    console.warn(`missing message: ${id}`);
    return id;
  };

  /** A language's name in the reader's language: "ar" is "Arabic", "Arabisch", "العربية"… */
  languageName(code: string): string {
    try {
      this.languageNames ??= new Intl.DisplayNames([this.locale], { type: "language" });
      return this.languageNames.of(code) ?? code;
    } catch {
      return code;
    }
  }

  /** A Welcome Guide's topic by its name ("housing": "Housing", "Wohnen"); a topic the
   * catalogs do not know yet (newer content) shows as it comes. */
  topicName(code: string): string {
    const id = `guide-topic-${code}`;
    return this.bundles.some((b) => b.hasMessage(id)) ? this.t(id) : code;
  }

  /** An attribute of a message, e.g. a label's `.placeholder`. */
  attr(id: string, attribute: string, args?: Args): string {
    for (const bundle of this.bundles) {
      const pattern = bundle.getMessage(id)?.attributes[attribute];
      if (pattern) return bundle.formatPattern(pattern, args);
    }
    return `${id}.${attribute}`;
  }

  /** A date in the user's language, e.g. "15 March 2027" / "15. März 2027". */
  date(iso: string | null | undefined): string {
    if (!iso) return "";
    const d = new Date(iso.length === 10 ? `${iso}T12:00:00` : iso);
    if (Number.isNaN(d.getTime())) return iso;
    return this.dateFormat.format(d);
  }

  dateTime(iso: string | null | undefined): string {
    if (!iso) return "";
    const d = new Date(iso);
    if (Number.isNaN(d.getTime())) return iso;
    return this.dateTimeFormat.format(d);
  }

  number(n: number, options?: Intl.NumberFormatOptions): string {
    const key = JSON.stringify(options ?? {});
    let format = this.numberFormats.get(key);
    if (!format) {
      format = new Intl.NumberFormat(this.locale, options);
      this.numberFormats.set(key, format);
    }
    return format.format(n);
  }

  money(eur: number): string {
    return this.number(eur, { style: "currency", currency: "EUR", maximumFractionDigits: 2 });
  }
}

const translatorStore = writable<Translator>(new Translator([]));

/** The current translator; components read `$i18n.t("id")` and re-render on a language switch. */
export const i18n: Readable<Translator> = { subscribe: translatorStore.subscribe };

export function setCatalogs(catalogs: CatalogSource[], rtl: boolean): Translator {
  const translator = new Translator(catalogs);
  translatorStore.set(translator);
  document.documentElement.lang = translator.locale;
  document.documentElement.dir = rtl ? "rtl" : "ltr";
  return translator;
}
