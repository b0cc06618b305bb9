import { defineCatalogue } from "../../../i18n/define-catalogue";
import { en } from "./en";
import { ro } from "./ro";

export const useResponsesT = defineCatalogue({ ro, en });
