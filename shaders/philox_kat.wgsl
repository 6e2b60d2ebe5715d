// Known-answer check of the shader's Philox4x32-10 (appended to philox.wgsl): block i reads its
// counter from input[6i .. 6i+4] and its key from input[6i+4 .. 6i+6] and writes the four output
// words to out[4i .. 4i+4]. info = [blocks]. Used by the tests against Random123's kat_vectors;
// the Rust twin is privacy::philox::philox4x32_10.

@group(0) @binding(0) var<storage, read_write> input: array<u32>;
@group(0) @binding(1) var<storage, read_write> out: array<u32>;
@group(0) @binding(2) var<storage, read_write> info: array<u32>;

@compute @workgroup_size({{ workgroup_size }}, 1, 1)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
    let i = gid.x + gid.y * nwg.x * {{ workgroup_size }}u;
    if (i >= info[0]) {
        return;
    }
    let b = 6u * i;
    let counter = vec4<u32>(input[b], input[b + 1u], input[b + 2u], input[b + 3u]);
    let r = philox4x32_10(counter, vec2<u32>(input[b + 4u], input[b + 5u]));
    out[4u * i] = r.x;
    out[4u * i + 1u] = r.y;
    out[4u * i + 2u] = r.z;
    out[4u * i + 3u] = r.w;
}
