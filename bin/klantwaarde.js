#!/usr/bin/env node
// The installed command (`npx klantwaarde …`): the CLI bundle that `npm run build` (and `npm ci`, via prepare) writes.
import '../dist/cli/klantwaarde.js';
