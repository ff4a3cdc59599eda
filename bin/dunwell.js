#!/usr/bin/env node
// The `dunwell` command. The TypeScript sources are compiled to dist/ by `npm install` (prepare) and
// `npm start`; this shim only loads the compiled entry point.
import { main } from '../dist/src/cli/main.js';

// `dunwell … | head` closes the pipe early; that is the reader's choice, not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  },
);
