import { describe, expect, it } from 'vitest';

// sigma's programs read WebGL constants when their module loads; the choice of programs needs no WebGL.
const globals = globalThis as Record<string, unknown>;
for (const name of ['WebGLRenderingContext', 'WebGL2RenderingContext']) globals[name] ??= class {};
const { mapPrograms } = await import('./sigma-programs.js');

describe('mapPrograms', () => {
  const real = (classes: Record<string, unknown>) => Object.keys(classes).filter((type) => classes[type] !== classes.circle).sort();

  it('compiles only the types a map draws, and covers sigma defaults with a program that compiles nothing', () => {
    const big = mapPrograms(true);
    expect(Object.keys(big.nodeProgramClasses).sort()).toEqual(['circle', 'point', 'ring']);
    expect(real(big.nodeProgramClasses)).toEqual(['point', 'ring']);
    expect(big.edgeProgramClasses.arrow).toBe(big.nodeProgramClasses.circle);
    expect(big.edgeProgramClasses.line).not.toBe(big.edgeProgramClasses.arrow);
    expect(big.edgeProgramClasses.rectangle).toBe(big.edgeProgramClasses.arrow);
    const small = mapPrograms(false);
    expect(real(small.nodeProgramClasses)).toEqual(['ring']);
    expect(small.edgeProgramClasses.rectangle).not.toBe(small.edgeProgramClasses.arrow);
    expect(small.edgeProgramClasses.line).toBe(small.edgeProgramClasses.arrow);
  });

  it('stages a big map: the first dot, then every node type, then ties', () => {
    expect(real(mapPrograms(true, 'first', 'point').nodeProgramClasses)).toEqual(['point']);
    expect(real(mapPrograms(true, 'first', 'ring').nodeProgramClasses)).toEqual(['ring']);
    const nodes = mapPrograms(true, 'nodes');
    expect(real(nodes.nodeProgramClasses)).toEqual(['point', 'ring']);
    expect(nodes.edgeProgramClasses.line).toBe(nodes.edgeProgramClasses.arrow);
    // The same classes at every stage, so sigma's setSetting recompiles only what changed.
    expect(mapPrograms(true, 'nodes').nodeProgramClasses.ring).toBe(mapPrograms(true, 'first', 'ring').nodeProgramClasses.ring);
  });
});
