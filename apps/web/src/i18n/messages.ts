/**
 * Every piece of interface text, in one shape that both catalogues must fill in: a missing or misspelt key in
 * ro.ts or en.ts is a type error.
 *
 * Why not i18next + react-i18next: measured on 2025 versions (i18next 26.7, react-i18next 17.1), they add
 * 19.1 kB gzipped to every page, about a fifth of the respondent route's 94 kB budget, for features (plurals
 * engines, namespaces, backends) two hand-written catalogues do not need.
 *
 * Each area keeps its own catalogue next to its screens (respond/i18n, research/i18n), made into a hook by
 * `defineCatalogue`, so its words load with its chunk.
 *
 * Domain text (statements, categories, scale labels) is not here: it comes with @smi/questionnaire's
 * `Localized` objects, picked with `useLocalized()`.
 */
export type Messages = {
  readonly app: {
    readonly name: string;
    readonly skipToContent: string;
    readonly languageSwitch: string;
    readonly loading: string;
  };
  readonly landing: {
    readonly title: string;
    readonly lead: string;
    readonly whoHeading: string;
    readonly who: string;
    readonly whatHeading: string;
    readonly what: string;
    readonly basisHeading: string;
    readonly basis: string;
    readonly invitedHeading: string;
    readonly invited: string;
    readonly researchersLink: string;
  };
  readonly status: {
    readonly checking: string;
    readonly ok: (version: string) => string;
    readonly degraded: (version: string) => string;
    readonly unreachable: string;
  };
  readonly notFound: {
    readonly title: string;
    readonly body: string;
    readonly home: string;
  };
};
