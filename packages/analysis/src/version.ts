/** Stored beside every published result, so numbers can be traced to the code that produced them. */
export const ENGINE_VERSION = "0.2.0";
