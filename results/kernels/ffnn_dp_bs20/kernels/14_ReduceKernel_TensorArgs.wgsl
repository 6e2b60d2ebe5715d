// ReduceKernel<TensorArgs> (6 dispatches per step under this name)
@group(0) @binding(1) var<storage, read_write> v7: array<vec4<f32>>;
@group(0) @binding(0) var<storage, read_write> v1: array<vec2<f32>>;
struct info_st { scalars_usize: array<u32, 6>, static_meta: array<u32, 6>, dynamic_meta: array<u32> }
@group(0) @binding(2) var<storage, read> info_var: info_st;
@compute @workgroup_size(8, 1, 1)
fn reduce_kernel_in_f32_in_size_2_out_f32_out_size_4_acc_f32_eb2f3c68(@builtin(workgroup_id) v198: vec3<u32>, @builtin(num_workgroups) v200: vec3<u32>, @builtin(local_invocation_index) v207: u32) {
let v214 = &v7;
let v215 = &v1;
var<function> inv_return_flag_v128_store: bool= true;
let inv_return_flag_v128 = &inv_return_flag_v128_store;
let v2 = info_var.scalars_usize[0];
let v3 = info_var.scalars_usize[1];
let v5 = u32(0);
let v8 = info_var.scalars_usize[2];
let v9 = info_var.scalars_usize[3];
let v130 = info_var.static_meta[1];
let v13 = info_var.scalars_usize[4];
var<function> v131_store: u32;
let v131 = &v131_store;
*v131 = v2;
var<function> v132_store: u32;
let v132 = &v132_store;
*v132 = v3;
var<function> v133_store: u32;
let v133 = &v133_store;
*v133 = v8;
var<function> v134_store: u32;
let v134 = &v134_store;
*v134 = v9;
let v199 = v198[2];
let v175 = u32(v199);
let v201 = v200[1];
let v177 = u32(v201);
let v178 = v175 * v177;
let v202 = v200[0];
let v180 = u32(v202);
let v181 = v178 * v180;
let v203 = v198[1];
let v183 = u32(v203);
let v186 = v183 * v180;
let v187 = v181 + v186;
let v205 = v198[0];
let v189 = u32(v205);
let v190 = v187 + v189;
let v209 = u32(8);
let v193 = v190 * v209;
let v208 = v207;
let v195 = u32(v208);
let v196 = v193 + v195;
let v135 = info_var.static_meta[3];
let v23 = u32(4);
let v25 = f32(0.0);
let v26 = vec4<f32>(v25);
var<function> v138_store: vec4<f32>;
let v138 = &v138_store;
*v138 = v26;
let v139 = info_var.static_meta[2];
let v140 = v139 + v13;
let v141 = info_var.dynamic_meta[v140];
var<function> v142_store: vec4<f32>;
let v142 = &v142_store;
let v31 = *v138;
*v142 = v31;
var<function> v143_store: u32;
let v143 = &v143_store;
*v143 = v141;
var<function> v144_store: u32;
let v144 = &v144_store;
*v144 = v196;
let v35 = v196 * v23;
let v37 = *v133;
let v39 = v37 * v23;
let v41 = v35 >= v39;
if v41 {
let v42 = false;
*inv_return_flag_v128 = v42;

}
let v43 = *inv_return_flag_v128;
if v43 {
let v46 = u32(1);
for(var v47: u32 = v5; v47 < v23; v47 += v46) {
let v49 = v35 + v47;
var<function> v146_store: u32;
let v146 = &v146_store;
*v146 = v5;
let v56 = *v132;
for(var v58: u32 = v5; v58 < v56; v58 += v46) {
let v148 = info_var.static_meta[5];
let v149 = v148 + v58;
let v150 = info_var.dynamic_meta[v149];
let v62 = v49 / v150;
let v152 = v135 + v58;
let v153 = info_var.dynamic_meta[v152];
let v65 = v62 % v153;
let v154 = info_var.static_meta[4];
let v155 = v154 + v58;
let v156 = info_var.dynamic_meta[v155];
let v68 = v65 * v156;
let v69 = *v146;
let v70 = v69 + v68;
*v146 = v70;

}
let v71 = *v146;
let v72 = u32(2);
let v73 = v71 / v72;
*v146 = v73;
let v77 = v141 / v72;
let v79 = vec2<f32>(v25);
var<function> v160_store: vec2<f32>;
let v160 = &v160_store;
*v160 = v79;
var<function> v161_store: vec2<f32>;
let v161 = &v161_store;
*v161 = v79;
for(var v86: u32 = v5; v86 < v77; v86 += v46) {
let v88 = *v146;
let v89 = v86 + v88;
let v93 = &(*v215)[v89];
let v94 = *v93;
let v97 = *v161;
let v98 = v97 + v94;
*v161 = v98;

}
let v99 = *v161;
var<function> v173_store: f32;
let v173 = &v173_store;
*v173 = v25;
let v166 = v99[0];
let v167 = *v173;
let v168 = v167 + v166;
*v173 = v168;
let v169 = v99[1];
let v170 = *v173;
let v171 = v170 + v169;
*v173 = v171;
let v172 = *v173;
let v101 = *v142;

    var v102_tmp: vec4<f32> = v101;
    v102_tmp[v47] = v172;
    let v102 = v102_tmp;
*v142 = v102;

}
let v103 = *v144;
let v104 = u32(v103);
let v105 = u32(v104);
let v119 = *v133;
let v120 = v105 < v119;
if v120 {
let v122 = v105 < v130;
if v122 {
let v126 = &(*v214)[v105];
let v127 = *v142;
*v126 = v127;

}

}

}
return;

}
