// ElemwiseFuse (5 dispatches per step under this name)
@group(0) @binding(0) var<storage, read_write> v2: array<f32>;
struct info_st { scalars_usize: array<u32, 2>, scalars_f32: array<f32, 2>, static_meta: array<u32, 4>, dynamic_meta: array<u32> }
@group(0) @binding(1) var<storage, read> info_var: info_st;
@compute @workgroup_size(8, 1, 1)
fn elemwise_fuse_7acf0c8c(@builtin(workgroup_id) v80: vec3<u32>, @builtin(num_workgroups) v82: vec3<u32>, @builtin(local_invocation_index) v89: u32) {
let v94 = &v2;
let v1 = info_var.scalars_f32[0];
let v3 = info_var.scalars_usize[0];
let v6 = u32(0);
let v81 = v80[2];
let v58 = u32(v81);
let v83 = v82[1];
let v60 = u32(v83);
let v61 = v58 * v60;
let v84 = v82[0];
let v63 = u32(v84);
let v64 = v61 * v63;
let v85 = v80[1];
let v66 = u32(v85);
let v69 = v66 * v63;
let v70 = v64 + v69;
let v87 = v80[0];
let v72 = u32(v87);
let v73 = v70 + v72;
let v93 = u32(8);
let v76 = v73 * v93;
let v90 = v89;
let v78 = u32(v90);
let v79 = v76 + v78;
// Init locals begin
var<function> v49_store: array<u32, 1>= array<u32, 1>();
let v49 = &v49_store;
let v11 = u32(1);
var<function> v50_store: array<u32, 1>= array<u32, 1>();
let v50 = &v50_store;
let v51 = info_var.static_meta[1];
let v53 = info_var.dynamic_meta[v51];
let v54 = info_var.static_meta[2];
let v56 = info_var.dynamic_meta[v54];
let v27 = &(*v49)[v6];
*v27 = v53;
let v29 = v53 == v11;
let v31 = max(v56, v11);
let v32 = select(v56, v31, v29);
let v37 = &(*v50)[v6];
*v37 = v32;
// Init locals end
let v39 = v79 < v3;
if v39 {
// Fuse on write begin
let v46 = &(*v94)[v79];
*v46 = v1;
// Fuse on write end

}
return;

}
