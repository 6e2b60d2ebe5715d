// KernelBinop<AddOp> (4 dispatches per step under this name)
@group(0) @binding(1) var<storage, read_write> v15: array<vec2<f32>>;
@group(0) @binding(0) var<storage, read_write> v2: array<vec2<f32>>;
struct info_st { scalars_usize: array<u32, 10>, scalars_u32: array<u32, 2>, static_meta: array<u32, 2> }
@group(0) @binding(2) var<storage, read> info_var: info_st;
@compute @workgroup_size(8, 8, 1)
fn kernel_binop_c_f32_n_2_843f266d(@builtin(workgroup_id) v192: vec3<u32>, @builtin(num_workgroups) v194: vec3<u32>, @builtin(local_invocation_index) v201: u32) {
let v231 = &v15;
let v232 = &v2;
var<function> inv_return_flag_v82_store: bool= true;
let inv_return_flag_v82 = &inv_return_flag_v82_store;
let v83 = info_var.static_meta[0];
let v4 = u32(0);
let v6 = info_var.scalars_usize[1];
let v7 = info_var.scalars_usize[2];
let v8 = info_var.scalars_u32[0];
let v9 = info_var.scalars_usize[3];
let v10 = info_var.scalars_usize[4];
let v11 = info_var.scalars_u32[1];
let v12 = info_var.scalars_usize[5];
let v13 = info_var.scalars_usize[6];
let v19 = info_var.scalars_usize[8];
let v193 = v192[2];
let v101 = u32(v193);
let v195 = v194[1];
let v103 = u32(v195);
let v104 = v101 * v103;
let v196 = v194[0];
let v106 = u32(v196);
let v107 = v104 * v106;
let v197 = v192[1];
let v109 = u32(v197);
let v112 = v109 * v106;
let v113 = v107 + v112;
let v199 = v192[0];
let v115 = u32(v199);
let v116 = v113 + v115;
let v227 = u32(64);
let v119 = v116 * v227;
let v202 = v201;
let v121 = u32(v202);
let v122 = v119 + v121;
let v24 = v122 < v19;
let v26 = v122 < v83;
let v27 = v24 && v26;
let v28 = !v27;
if v28 {
let v29 = false;
*inv_return_flag_v82 = v29;

}
let v30 = *inv_return_flag_v82;
if v30 {
let v36 = &(*v232)[v122];
let v37 = *v36;
let v39 = u32(2);
let v40 = v122 * v39;
var<function> v86_store: u32;
let v86 = &v86_store;
*v86 = v4;
var<function> v87_store: u32;
let v87 = &v87_store;
*v87 = v40;
let v45 = *v87;
let v88 = u64(32);
let v89 = u64(v45);
let v90 = u64(v10);
let v91 = v89 * v90;
let v92 = v91 >> u32(v88);
let v93 = u32(v92);
let v48 = v93 + v45;
let v49 = u32(v11);
let v50 = v48 >> u32(v49);
let v51 = v50 * v9;
let v53 = v45 - v51;
let v54 = v53 * v13;
let v55 = *v86;
let v56 = v55 + v54;
*v86 = v56;
*v87 = v50;
let v57 = *v87;
let v95 = u64(v57);
let v96 = u64(v7);
let v97 = v95 * v96;
let v98 = v97 >> u32(v88);
let v99 = u32(v98);
let v60 = v99 + v57;
let v61 = u32(v8);
let v62 = v60 >> u32(v61);
let v63 = v62 * v6;
let v65 = v57 - v63;
let v66 = v65 * v12;
let v67 = *v86;
let v68 = v67 + v66;
*v86 = v68;
*v87 = v62;
let v69 = *v86;
let v71 = v69 / v39;
let v75 = &(*v231)[v71];
let v76 = *v75;
let v77 = v37 + v76;
*v36 = v77;

}
return;

}
