/**
 * SQL for the researchers' searches: a term matches text that contains it whatever the case, the accents and the
 * cedilla or comma-below forms ("crisana", "crişana" and "Crișana" find "Crișana"). The folding is done by
 * PostgreSQL's smi_search_text (migration RomanianSearch), whose trigram indexes serve these LIKE conditions.
 */

/** The search term as a LIKE pattern that matches anywhere, its own wildcards taken literally. */
export const containsPattern = (term: string) => `%${term.trim().replace(/[%_\\]/g, "\\$&")}%`;

/** `column` contains the term in parameter `param` (a containsPattern), folded on both sides. */
export const foldedContains = (column: string, param: string) =>
  `smi_search_text(${column}) LIKE smi_search_text(:${param})`;
