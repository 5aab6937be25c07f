// Waits, without blocking the page, until the GPU has run what sigma asked of it. Under a software renderer
// (SwiftShader) a fresh map's first frames compile shaders and fill 10,000 dots for hundreds of milliseconds;
// while the map is hidden that happens off the page's thread, where a visible frame would make the page wait
// for it (the compositor reads the WebGL canvases back synchronously).

export const GPU_IDLE_DEFAULTS = {
  /** How often the fence is polled (ms). */
  pollEvery: 30,
  /**
   * Give up waiting after this long (ms): the page then simply shows the map. 100,000 dots take a loaded
   * software renderer several seconds; showing them earlier only makes the page wait for them instead.
   */
  timeout: 20_000,
};

export async function gpuIdle(canvases: Iterable<HTMLCanvasElement>, settings = GPU_IDLE_DEFAULTS): Promise<void> {
  const fences: [WebGL2RenderingContext, WebGLSync][] = [];
  for (const canvas of canvases) {
    // getContext returns the context sigma already made (or null for its 2D canvases, which have none of this).
    const gl = canvas.getContext('webgl2');
    const sync = gl?.fenceSync(gl.SYNC_GPU_COMMANDS_COMPLETE, 0);
    if (gl && sync) {
      gl.flush();
      fences.push([gl, sync]);
    }
  }
  const started = performance.now();
  // getSyncParameter does not block: its answer is refreshed between tasks.
  while (fences.some(([gl, sync]) => gl.getSyncParameter(sync, gl.SYNC_STATUS) !== gl.SIGNALED) && performance.now() - started < settings.timeout) {
    await new Promise((resolve) => setTimeout(resolve, settings.pollEvery));
  }
  for (const [gl, sync] of fences) gl.deleteSync(sync);
}
