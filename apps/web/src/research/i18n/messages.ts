/** The research area's interface text; both catalogues must fill it in. */
export type ResearchMessages = {
  readonly title: string;
  readonly placeholder: string;
};
