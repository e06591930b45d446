// Numbers, shares, intervals and dates written the way each language writes them.
import type { Proportion, ProportionChange } from './statistics.js';

export type ReportLang = 'fr' | 'en';

const locales: Record<ReportLang, string> = { fr: 'fr-FR', en: 'en-GB' };

export interface Formatter {
  lang: ReportLang;
  number(value: number | null | undefined, digits?: number): string;
  /** 0.4236 → "42 %" / "42%". */
  percent(share: number | null | undefined): string;
  /** A share with its 95% interval: "42 % (IC 95 % : 31–54 %)". */
  proportion(value: Proportion): string;
  /** Only the interval: "31–54 %". */
  interval(low: number | null, high: number | null): string;
  /** A change of share in points with its interval: "+6 pts (IC 95 % : −3 à +15)". */
  change(value: ProportionChange): string;
  /** Signed number: "+3", "−2", "0". */
  signed(value: number | null | undefined, digits?: number): string;
  date(iso: string | undefined): string;
  dateTime(iso: string | undefined): string;
  milliseconds(value: number | null | undefined): string;
}

export function formatter(lang: ReportLang): Formatter {
  const locale = locales[lang];
  const numberFormats = new Map<number, Intl.NumberFormat>();
  const numberFormat = (digits: number) => {
    let format = numberFormats.get(digits);
    if (!format) {
      format = new Intl.NumberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: 0 });
      numberFormats.set(digits, format);
    }
    return format;
  };
  const percentFormat = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const dateTimeFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' });
  const missing = '—';
  const percentSign = lang === 'fr' ? '\u202f%' : '%';
  const ci = lang === 'fr' ? 'IC 95\u202f% : ' : '95% CI ';
  const points = lang === 'fr' ? 'pts' : 'pts';
  const to = lang === 'fr' ? ' à ' : ' to ';

  const number = (value: number | null | undefined, digits = 0) =>
    value === null || value === undefined || Number.isNaN(value) ? missing : numberFormat(digits).format(value);
  const signed = (value: number | null | undefined, digits = 0) => {
    if (value === null || value === undefined || Number.isNaN(value)) return missing;
    const rounded = Number(value.toFixed(digits));
    if (rounded === 0) return number(0, digits);
    return `${rounded > 0 ? '+' : '−'}${numberFormat(digits).format(Math.abs(rounded))}`;
  };
  const interval = (low: number | null, high: number | null) =>
    low === null || high === null ? missing : `${number(low * 100)}–${number(high * 100)}${percentSign}`;

  return {
    lang,
    number,
    signed,
    percent: (share) => (share === null || share === undefined ? missing : percentFormat.format(share)),
    interval,
    proportion: (value) =>
      value.share === null ? missing : `${percentFormat.format(value.share)} (${ci}${interval(value.low, value.high)})`,
    change: (value) =>
      value.difference === null || value.low === null || value.high === null
        ? missing
        : `${signed(value.difference * 100)} ${points} (${ci}${signed(value.low * 100)}${to}${signed(value.high * 100)})`,
    date: (iso) => (iso ? dateFormat.format(new Date(iso)) : missing),
    dateTime: (iso) => (iso ? `${dateTimeFormat.format(new Date(iso))} UTC` : missing),
    milliseconds: (value) => (value === null || value === undefined ? missing : `${number(value)} ms`),
  };
}
