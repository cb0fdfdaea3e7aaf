// The one `z` the schemas are written with: zod/mini, which tree-shakes to the validators used (the extension's
// client bundles some schemas: full zod there was ~450 KB and ~50 ms of its activation), with English messages,
// which zod/mini does not set by itself (its messages would all read "Invalid input").
// Import it as a namespace (`import * as z from './zod'`): a namespace import is what the bundler can tree-shake.
import { config } from 'zod/mini';
import { en } from 'zod/locales';

config(en());

export * from 'zod/mini';
