// Every English namespace registered, for what reads the whole catalog: the unit tests (test/support/setup.ts) and
// scripts/check-i18n.ts. The app never imports this module: it would put every lazy namespace back into the first
// paint (see ./index.ts).
import './bin.ts';
import './bin-dialogs.ts';
import './operations.ts';
import './resource.ts';
import './events.ts';
import './restore.ts';
import './retention.ts';
import './session.ts';
import './settings.ts';
import './vm.ts';
