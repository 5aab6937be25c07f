// Placeholder entry until the CLI lands.
export async function main(argv: string[]): Promise<number> {
  process.stderr.write(`knet: not built yet (${argv.join(' ')})\n`);
  return 2;
}
