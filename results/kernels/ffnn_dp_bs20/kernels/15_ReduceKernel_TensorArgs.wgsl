// ReduceKernel<TensorArgs> (6 dispatches per step under this name)
@group(0) @binding(1) var<storage, read_write> v7: array<f32>;
@group(0) @binding(0) var<storage, read_write> v1: array<f32>;
struct info_st { scalars_usize: array<u32, 6>, static_meta: array<u32, 6>, dynamic_meta: array<u32> }
@group(0) @binding(2) var<storage, read> info_var: info_st;
@compute @workgroup_size(8, 1, 1)
fn reduce_kernel_in_f32_in_size_1_out_f32_out_size_1_acc_f32_ad71f5c9(@builtin(workgroup_id) v177: vec3<u32>, @builtin(num_workgroups) v179: vec3<u32>, @builtin(local_invocation_index) v186: u32) {
let v193 = &v7;
let v194 = &v1;
var<function> inv_return_flag_v119_store: bool= true;
let inv_return_flag_v119 = &inv_return_flag_v119_store;
let v2 = info_var.scalars_usize[0];
let v3 = info_var.scalars_usize[1];
let v5 = u32(0);
let v8 = info_var.scalars_usize[2];
let v9 = info_var.scalars_usize[3];
let v121 = info_var.static_meta[1];
let v13 = info_var.scalars_usize[4];
var<function> v122_store: u32;
let v122 = &v122_store;
*v122 = v2;
var<function> v123_store: u32;
let v123 = &v123_store;
*v123 = v3;
var<function> v124_store: u32;
let v124 = &v124_store;
*v124 = v8;
var<function> v125_store: u32;
let v125 = &v125_store;
*v125 = v9;
let v178 = v177[2];
let v154 = u32(v178);
let v180 = v179[1];
let v156 = u32(v180);
let v157 = v154 * v156;
let v181 = v179[0];
let v159 = u32(v181);
let v160 = v157 * v159;
let v182 = v177[1];
let v162 = u32(v182);
let v165 = v162 * v159;
let v166 = v160 + v165;
let v184 = v177[0];
let v168 = u32(v184);
let v169 = v166 + v168;
let v188 = u32(8);
let v172 = v169 * v188;
let v187 = v186;
let v174 = u32(v187);
let v175 = v172 + v174;
let v126 = info_var.static_meta[3];
let v23 = u32(1);
let v25 = f32(0.0);
var<function> v129_store: f32;
let v129 = &v129_store;
*v129 = v25;
let v130 = info_var.static_meta[2];
let v131 = v130 + v13;
let v132 = info_var.dynamic_meta[v131];
var<function> v133_store: f32;
let v133 = &v133_store;
let v30 = *v129;
*v133 = v30;
var<function> v134_store: u32;
let v134 = &v134_store;
*v134 = v132;
var<function> v135_store: u32;
let v135 = &v135_store;
*v135 = v175;
let v36 = *v124;
let v40 = v175 >= v36;
if v40 {
let v41 = false;
*inv_return_flag_v119 = v41;

}
let v42 = *inv_return_flag_v119;
if v42 {
var<function> v136_store: u32;
let v136 = &v136_store;
*v136 = v5;
let v51 = *v123;
for(var v53: u32 = v5; v53 < v51; v53 += v23) {
let v138 = info_var.static_meta[5];
let v139 = v138 + v53;
let v140 = info_var.dynamic_meta[v139];
let v57 = v175 / v140;
let v142 = v126 + v53;
let v143 = info_var.dynamic_meta[v142];
let v60 = v57 % v143;
let v144 = info_var.static_meta[4];
let v145 = v144 + v53;
let v146 = info_var.dynamic_meta[v145];
let v63 = v60 * v146;
let v64 = *v136;
let v65 = v64 + v63;
*v136 = v65;

}
let v66 = *v136;
*v136 = v66;
var<function> v150_store: f32;
let v150 = &v150_store;
*v150 = v25;
var<function> v151_store: f32;
let v151 = &v151_store;
*v151 = v25;
for(var v79: u32 = v5; v79 < v132; v79 += v23) {
let v81 = *v136;
let v82 = v79 + v81;
let v86 = &(*v194)[v82];
let v87 = *v86;
let v90 = *v151;
let v91 = v90 + v87;
*v151 = v91;

}
let v92 = *v151;
*v133 = v92;
let v94 = *v135;
let v95 = u32(v94);
let v96 = u32(v95);
let v110 = *v124;
let v111 = v96 < v110;
if v111 {
let v113 = v96 < v121;
if v113 {
let v117 = &(*v193)[v96];
let v118 = *v133;
*v117 = v118;

}

}

}
return;

}
