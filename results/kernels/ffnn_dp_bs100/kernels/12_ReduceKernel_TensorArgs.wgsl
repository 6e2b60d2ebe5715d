// ReduceKernel<TensorArgs> (6 dispatches per step under this name)
@group(0) @binding(1) var<storage, read_write> v7: array<f32>;
@group(0) @binding(0) var<storage, read_write> v1: array<vec2<f32>>;
struct info_st { scalars_usize: array<u32, 6>, static_meta: array<u32, 6>, dynamic_meta: array<u32> }
@group(0) @binding(2) var<storage, read> info_var: info_st;
@compute @workgroup_size(8, 8, 1)
fn reduce_kernel_in_f32_in_size_2_out_f32_out_size_1_acc_f32_e10ee78f(@builtin(workgroup_id) v241: vec3<u32>, @builtin(num_workgroups) v243: vec3<u32>, @builtin(local_invocation_index) v250: u32) {
let v257 = &v7;
let v258 = &v1;
var<function> inv_return_flag_v133_store: bool= true;
let inv_return_flag_v133 = &inv_return_flag_v133_store;
let v2 = info_var.scalars_usize[0];
let v3 = info_var.scalars_usize[1];
let v5 = u32(0);
let v8 = info_var.scalars_usize[2];
let v9 = info_var.scalars_usize[3];
let v135 = info_var.static_meta[1];
let v13 = info_var.scalars_usize[4];
var<function> v136_store: u32;
let v136 = &v136_store;
*v136 = v2;
var<function> v137_store: u32;
let v137 = &v137_store;
*v137 = v3;
var<function> v138_store: u32;
let v138 = &v138_store;
*v138 = v8;
var<function> v139_store: u32;
let v139 = &v139_store;
*v139 = v9;
let v242 = v241[2];
let v218 = u32(v242);
let v244 = v243[1];
let v220 = u32(v244);
let v221 = v218 * v220;
let v245 = v243[0];
let v223 = u32(v245);
let v224 = v221 * v223;
let v246 = v241[1];
let v226 = u32(v246);
let v229 = v226 * v223;
let v230 = v224 + v229;
let v248 = v241[0];
let v232 = u32(v248);
let v233 = v230 + v232;
let v252 = u32(64);
let v236 = v233 * v252;
let v251 = v250;
let v238 = u32(v251);
let v239 = v236 + v238;
let v140 = info_var.static_meta[3];
let v23 = u32(1);
let v25 = f32(0.0);
var<function> v143_store: f32;
let v143 = &v143_store;
*v143 = v25;
let v144 = info_var.static_meta[2];
let v145 = v144 + v13;
let v146 = info_var.dynamic_meta[v145];
var<function> v147_store: f32;
let v147 = &v147_store;
let v30 = *v143;
*v147 = v30;
var<function> v148_store: u32;
let v148 = &v148_store;
*v148 = v146;
var<function> v149_store: u32;
let v149 = &v149_store;
*v149 = v239;
let v36 = *v138;
let v40 = v239 >= v36;
if v40 {
let v41 = false;
*inv_return_flag_v133 = v41;

}
let v42 = *inv_return_flag_v133;
if v42 {
var<function> v150_store: u32;
let v150 = &v150_store;
*v150 = v5;
let v51 = *v137;
for(var v53: u32 = v5; v53 < v51; v53 += v23) {
let v152 = info_var.static_meta[5];
let v153 = v152 + v53;
let v154 = info_var.dynamic_meta[v153];
let v57 = v239 / v154;
let v156 = v140 + v53;
let v157 = info_var.dynamic_meta[v156];
let v60 = v57 % v157;
let v158 = info_var.static_meta[4];
let v159 = v158 + v53;
let v160 = info_var.dynamic_meta[v159];
let v63 = v60 * v160;
let v64 = *v150;
let v65 = v64 + v63;
*v150 = v65;

}
let v66 = *v150;
let v67 = u32(2);
let v68 = v66 / v67;
*v150 = v68;
let v72 = v146 / v67;
let v74 = vec2<f32>(v25);
var<function> v164_store: vec2<f32>;
let v164 = &v164_store;
*v164 = v74;
let v76 = u32(4286578688);
let v77 = bitcast<f32>(v76);
let v78 = vec2<f32>(v77);
var<function> v165_store: vec2<f32>;
let v165 = &v165_store;
*v165 = v78;
for(var v82: u32 = v5; v82 < v72; v82 += v23) {
let v84 = *v150;
let v85 = v82 + v84;
let v89 = &(*v258)[v85];
let v90 = *v89;
let v93 = *v165;
let v167 = max(v93, v90);
let v183 = bitcast<vec2<u32>>(v90);
let v184 = u32(2139095040);
let v185 = vec2<u32>(v184);
let v186 = u32(2147483647);
let v187 = vec2<u32>(v186);
let v188 = v183 & v187;
let v189 = v188 > v185;
let v169 = select(v167, v90, v189);
let v190 = bitcast<vec2<u32>>(v93);
let v195 = v190 & v187;
let v196 = v195 > v185;
let v171 = select(v169, v93, v196);
*v165 = v171;

}
var<function> v172_store: f32;
let v172 = &v172_store;
*v172 = v77;
let v98 = *v165;
let v99 = v98[0];
let v100 = *v172;
let v173 = max(v99, v100);
let v197 = bitcast<u32>(v100);
let v198 = u32(2139095040);
let v199 = u32(2147483647);
let v200 = v197 & v199;
let v201 = v200 > v198;
let v175 = select(v173, v100, v201);
let v202 = bitcast<u32>(v99);
let v205 = v202 & v199;
let v206 = v205 > v198;
let v177 = select(v175, v99, v206);
*v172 = v177;
let v102 = *v165;
let v103 = v102[1];
let v104 = *v172;
let v178 = max(v103, v104);
let v207 = bitcast<u32>(v104);
let v210 = v207 & v199;
let v211 = v210 > v198;
let v180 = select(v178, v104, v211);
let v212 = bitcast<u32>(v103);
let v215 = v212 & v199;
let v216 = v215 > v198;
let v182 = select(v180, v103, v216);
*v172 = v182;
let v106 = *v172;
*v147 = v106;
let v108 = *v149;
let v109 = u32(v108);
let v110 = u32(v109);
let v124 = *v138;
let v125 = v110 < v124;
if v125 {
let v127 = v110 < v135;
if v127 {
let v131 = &(*v257)[v110];
let v132 = *v147;
*v131 = v132;

}

}

}
return;

}
