/**
 * `npm run gpu:setup` installs the CUDA execution provider and its CUDA libraries under
 * `.ontocase/gpu/` (pinned to the installed onnxruntime-node); `npm run gpu:remove` undoes it.
 */
import { removeCuda, setupCuda, UnsupportedPlatformError } from '../gpu/cuda-install';

const say = (line: string): void => console.log(line);

async function main(): Promise<void> {
  const command = process.argv[2];
  if (command === 'setup') await setupCuda(say);
  else if (command === 'remove') await removeCuda(say);
  else throw new Error(`usage: gpu.js setup|remove (got "${command ?? ''}")`);
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  console.error(error instanceof UnsupportedPlatformError ? message : `gpu: ${message}`);
  process.exit(error instanceof UnsupportedPlatformError ? 2 : 1);
});
