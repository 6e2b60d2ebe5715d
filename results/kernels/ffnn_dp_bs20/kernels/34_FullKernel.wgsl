// FullKernel (5 dispatches per step under this name)
@group(0) @binding(0) var<storage, read_write> v2: array<f32>;
struct info_st { scalars_usize: array<u32, 2>, scalars_f32: array<f32, 2>, static_meta: array<u32, 2> }
@group(0) @binding(1) var<storage, read> info_var: info_st;
@compute @workgroup_size(8, 1, 1)
fn full_kernel_c_f32_n_1_5c573a2f(@builtin(workgroup_id) v68: vec3<u32>, @builtin(num_workgroups) v70: vec3<u32>, @builtin(local_invocation_index) v77: u32) {
let v89 = &v2;
var<function> inv_return_flag_v20_store: bool= true;
let inv_return_flag_v20 = &inv_return_flag_v20_store;
let v1 = info_var.scalars_usize[0];
let v21 = info_var.static_meta[0];
let v6 = info_var.scalars_f32[0];
let v69 = v68[2];
let v23 = u32(v69);
let v71 = v70[1];
let v25 = u32(v71);
let v26 = v23 * v25;
let v72 = v70[0];
let v28 = u32(v72);
let v29 = v26 * v28;
let v73 = v68[1];
let v31 = u32(v73);
let v34 = v31 * v28;
let v35 = v29 + v34;
let v75 = v68[0];
let v37 = u32(v75);
let v38 = v35 + v37;
let v87 = u32(8);
let v41 = v38 * v87;
let v78 = v77;
let v43 = u32(v78);
let v44 = v41 + v43;
let v8 = v44 < v1;
let v10 = v44 < v21;
let v11 = v8 && v10;
let v12 = !v11;
if v12 {
let v13 = false;
*inv_return_flag_v20 = v13;

}
let v14 = *inv_return_flag_v20;
if v14 {
let v19 = &(*v89)[v44];
*v19 = v6;

}
return;

}
