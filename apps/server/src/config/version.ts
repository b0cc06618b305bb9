import manifest from "../../package.json";

export const SERVER_VERSION: string = manifest.version;
