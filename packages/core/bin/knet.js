#!/usr/bin/env node
// The installed `knet` command: a thin door into the compiled CLI.
import { main } from '../dist/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
