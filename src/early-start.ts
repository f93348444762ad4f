// The first script of the page (index.html loads it before main.tsx, and the build keeps it out of the first-paint
// chunk): it starts the download of the code of the page this address opens on and of a Chinese reader's catalog
// (lib/page-preload.ts), and sends the page's noted first requests (lib/early-requests.ts), all before the app's code
// is evaluated.
import { sendNotedRequests, storedSessionUuid } from './lib/early-requests.ts';
import { detectLocale } from './i18n/detect.ts';
import { filesFor, preloadFiles, readPageFiles } from './lib/page-preload.ts';

const signedIn = storedSessionUuid() !== undefined;
preloadFiles(filesFor(readPageFiles(), location.pathname, signedIn, detectLocale()));
sendNotedRequests();
