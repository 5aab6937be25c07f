// The rings of a big map's pioneers as point sprites: one vertex per ring and a short fragment shader that
// picks the ring, gap or fill colour by distance from the centre. @sigma/node-border draws each as a
// triangle three times the ring's area with a shader that blends every band; under a software renderer its
// 5,000 rings of a 100,000-organisation map cost as much as the 100,000 plain dots. Small maps keep it (its
// bands are anti-aliased, which shows on big dots); on a big map's small dots the two look the same.
import type { Attributes } from 'graphology-types';
import { NodeProgram, type ProgramInfo } from 'sigma/rendering';
import type { NodeDisplayData, RenderParams } from 'sigma/types';
import { colorToArray, floatColor } from 'sigma/utils';
import { COLOURS } from '../state/palette.js';

const VERTEX_SHADER = /* glsl */ `
attribute vec4 a_id;
attribute vec4 a_color;
attribute vec4 a_ringColor;
attribute vec2 a_position;
attribute float a_size;
attribute float a_ringSize;
attribute float a_gapSize;

uniform float u_sizeRatio;
uniform float u_pixelRatio;
uniform mat3 u_matrix;

varying vec4 v_color;
varying vec4 v_ringColor;
varying float v_ringEdge;
varying float v_gapEdge;
varying float v_border;

const float bias = 255.0 / 254.0;

void main() {
  gl_Position = vec4((u_matrix * vec3(a_position, 1)).xy, 0, 1);
  // As sigma's point program: the same size gives the same dot.
  gl_PointSize = a_size / u_sizeRatio * u_pixelRatio * 2.0;
  v_border = (0.5 / a_size) * u_sizeRatio;
  // Ring and gap sizes are fractions of the radius (0.5 in sprite coordinates), as node-border's "relative".
  v_ringEdge = 0.5 * (1.0 - a_ringSize);
  v_gapEdge = v_ringEdge - 0.5 * a_gapSize;
  #ifdef PICKING_MODE
  v_color = a_id;
  v_ringColor = a_id;
  #else
  v_color = a_color;
  v_ringColor = a_ringColor;
  #endif
  v_color.a *= bias;
  v_ringColor.a *= bias;
}
`;

const FRAGMENT_SHADER = /* glsl */ `
precision mediump float;

varying vec4 v_color;
varying vec4 v_ringColor;
varying float v_ringEdge;
varying float v_gapEdge;
varying float v_border;

uniform vec4 u_gapColor;

const vec4 transparent = vec4(0.0, 0.0, 0.0, 0.0);

void main(void) {
  float fromCentre = length(gl_PointCoord - vec2(0.5, 0.5));
  float inside = 0.5 - fromCentre;
  #ifdef PICKING_MODE
  gl_FragColor = inside > v_border ? v_color : transparent;
  #else
  vec4 colour = fromCentre > v_ringEdge ? v_ringColor : (fromCentre > v_gapEdge ? u_gapColor : v_color);
  float t = inside > v_border ? 1.0 : max(inside, 0.0) / v_border;
  gl_FragColor = mix(transparent, colour, t);
  #endif
}
`;

const { UNSIGNED_BYTE, FLOAT } = WebGLRenderingContext;
/** The gap between ring and fill, as the shader's uniform wants it (0–1 channels). */
const GAP_COLOUR = colorToArray(COLOURS.ringGap).map((channel) => channel / 255) as [number, number, number, number];

/** What the map's reducers give a ringed dot (see styles.ts). */
type RingedDot = NodeDisplayData & { ringSize?: number; gapSize?: number; ringColor?: string };

export class NodeRingSpriteProgram<N extends Attributes = Attributes, E extends Attributes = Attributes> extends NodeProgram<'u_sizeRatio' | 'u_pixelRatio' | 'u_matrix' | 'u_gapColor', N, E> {
  getDefinition() {
    return {
      VERTICES: 1,
      VERTEX_SHADER_SOURCE: VERTEX_SHADER,
      FRAGMENT_SHADER_SOURCE: FRAGMENT_SHADER,
      METHOD: WebGLRenderingContext.POINTS,
      UNIFORMS: ['u_sizeRatio', 'u_pixelRatio', 'u_matrix', 'u_gapColor'] as const,
      ATTRIBUTES: [
        { name: 'a_position', size: 2, type: FLOAT },
        { name: 'a_size', size: 1, type: FLOAT },
        { name: 'a_color', size: 4, type: UNSIGNED_BYTE, normalized: true },
        { name: 'a_ringColor', size: 4, type: UNSIGNED_BYTE, normalized: true },
        { name: 'a_ringSize', size: 1, type: FLOAT },
        { name: 'a_gapSize', size: 1, type: FLOAT },
        { name: 'a_id', size: 4, type: UNSIGNED_BYTE, normalized: true },
      ],
    };
  }

  processVisibleItem(nodeIndex: number, startIndex: number, data: NodeDisplayData): void {
    const dot = data as RingedDot;
    const array = this.array;
    array[startIndex++] = dot.x;
    array[startIndex++] = dot.y;
    array[startIndex++] = dot.size;
    array[startIndex++] = floatColor(dot.color);
    array[startIndex++] = floatColor(dot.ringColor ?? COLOURS.ring);
    array[startIndex++] = dot.ringSize ?? 0;
    array[startIndex++] = dot.gapSize ?? 0;
    array[startIndex++] = nodeIndex;
  }

  setUniforms(params: RenderParams, { gl, uniformLocations }: ProgramInfo): void {
    gl.uniform1f(uniformLocations.u_pixelRatio, params.pixelRatio);
    gl.uniform1f(uniformLocations.u_sizeRatio, params.sizeRatio);
    gl.uniformMatrix3fv(uniformLocations.u_matrix, false, params.matrix);
    gl.uniform4f(uniformLocations.u_gapColor, ...GAP_COLOUR);
  }
}
