import { useQueryClient } from '@tanstack/react-query';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { Me } from '../../../src/platform/auth/contract';
import { api } from './api';
import { type Lang, type Translate, translator } from './i18n';
import { ME_KEY, useMe } from './session';

const STORAGE_KEY = 'iza.lang';

interface LocaleValue {
  lang: Lang;
  t: Translate;
  setLang: (lang: Lang) => void;
}

const LocaleContext = createContext<LocaleValue | null>(null);

function storedLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

/**
 * The interface language. A signed-in user's choice is kept on the server (PUT
 * /api/auth/me/locale); a visitor's in localStorage. Vietnamese unless chosen otherwise.
 */
export function LocaleProvider({ children }: { children: ReactNode }) {
  const client = useQueryClient();
  const me = useMe().data ?? null;
  const [lang, setLangState] = useState<Lang>(storedLang);

  const serverLocale = me?.locale;
  useEffect(() => {
    if (serverLocale) setLangState(serverLocale);
  }, [serverLocale]);

  useEffect(() => {
    const t = translator(lang);
    document.documentElement.lang = lang;
    document.title = t('app.name');
    dayjs.locale(lang === 'vi' ? 'vi' : 'en');
    try {
      localStorage.setItem(STORAGE_KEY, lang);
    } catch {
      // private mode: the choice lasts for this page only
    }
  }, [lang]);

  const signedIn = me !== null;
  const setLang = useCallback(
    (next: Lang) => {
      setLangState(next);
      if (!signedIn) return;
      api
        .put<Me>('/api/auth/me/locale', { locale: next })
        .then((updated) => client.setQueryData(ME_KEY, updated))
        .catch((error: unknown) => console.warn('Could not save the language choice', error));
    },
    [client, signedIn],
  );

  const value = useMemo(() => ({ lang, t: translator(lang), setLang }), [lang, setLang]);
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

export function useLocale(): LocaleValue {
  const value = useContext(LocaleContext);
  if (!value) throw new Error('useLocale outside LocaleProvider');
  return value;
}
