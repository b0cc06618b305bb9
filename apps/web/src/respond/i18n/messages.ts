/** The respond area's interface text; both catalogues must fill it in. */
export type RespondMessages = {
  readonly title: string;
  readonly placeholder: string;
};
