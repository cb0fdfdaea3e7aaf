/** The team file's name, apart from its schema: the extension's client needs the name only. */
export const TEAM_CONFIG_FILE = '.postmortemrc.json';
