// FullKernel (5 dispatches per step under this name)
@group(0) @binding(0) var<storage, read_write> v2: array<vec2<f32>>;
struct info_st { scalars_usize: array<u32, 2>, scalars_f32: array<f32, 2>, static_meta: array<u32, 2> }
@group(0) @binding(1) var<storage, read> info_var: info_st;
@compute @workgroup_size(8, 8, 1)
fn full_kernel_c_f32_n_2_832513ef(@builtin(workgroup_id) v69: vec3<u32>, @builtin(num_workgroups) v71: vec3<u32>, @builtin(local_invocation_index) v78: u32) {
let v90 = &v2;
var<function> inv_return_flag_v21_store: bool= true;
let inv_return_flag_v21 = &inv_return_flag_v21_store;
let v1 = info_var.scalars_usize[0];
let v22 = info_var.static_meta[0];
let v6 = info_var.scalars_f32[0];
let v70 = v69[2];
let v24 = u32(v70);
let v72 = v71[1];
let v26 = u32(v72);
let v27 = v24 * v26;
let v73 = v71[0];
let v29 = u32(v73);
let v30 = v27 * v29;
let v74 = v69[1];
let v32 = u32(v74);
let v35 = v32 * v29;
let v36 = v30 + v35;
let v76 = v69[0];
let v38 = u32(v76);
let v39 = v36 + v38;
let v88 = u32(64);
let v42 = v39 * v88;
let v79 = v78;
let v44 = u32(v79);
let v45 = v42 + v44;
let v8 = v45 < v1;
let v10 = v45 < v22;
let v11 = v8 && v10;
let v12 = !v11;
if v12 {
let v13 = false;
*inv_return_flag_v21 = v13;

}
let v14 = *inv_return_flag_v21;
if v14 {
let v16 = vec2<f32>(v6);
let v20 = &(*v90)[v45];
*v20 = v16;

}
return;

}
