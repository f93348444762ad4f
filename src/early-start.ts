// The first script of the page (index.html loads it before main.tsx, and the build keeps it out of the first-paint
// chunk): it sends the page's noted first requests before the app's code is evaluated (lib/early-requests.ts).
import { sendNotedRequests } from './lib/early-requests.ts';

sendNotedRequests();
