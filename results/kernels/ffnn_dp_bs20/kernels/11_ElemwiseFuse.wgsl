// ElemwiseFuse (5 dispatches per step under this name)
@group(0) @binding(2) var<storage, read_write> v18: array<vec2<f32>>;
@group(0) @binding(1) var<storage, read_write> v7: array<vec2<f32>>;
@group(0) @binding(0) var<storage, read_write> v1: array<vec2<f32>>;
struct info_st { scalars_usize: array<u32, 8>, static_meta: array<u32, 10>, dynamic_meta: array<u32> }
@group(0) @binding(3) var<storage, read> info_var: info_st;
@compute @workgroup_size(8, 2, 1)
fn elemwise_fuse_1504c587(@builtin(workgroup_id) v251: vec3<u32>, @builtin(num_workgroups) v253: vec3<u32>, @builtin(local_invocation_index) v260: u32) {
let v272 = &v18;
let v273 = &v7;
let v274 = &v1;
let v5 = u32(0);
let v13 = info_var.scalars_usize[4];
let v252 = v251[2];
let v229 = u32(v252);
let v254 = v253[1];
let v231 = u32(v254);
let v232 = v229 * v231;
let v255 = v253[0];
let v234 = u32(v255);
let v235 = v232 * v234;
let v256 = v251[1];
let v237 = u32(v256);
let v240 = v237 * v234;
let v241 = v235 + v240;
let v258 = v251[0];
let v243 = u32(v258);
let v244 = v241 + v243;
let v268 = u32(16);
let v247 = v244 * v268;
let v261 = v260;
let v249 = u32(v261);
let v250 = v247 + v249;
// Init locals begin
var<function> v189_store: array<u32, 3>= array<u32, 3>();
let v189 = &v189_store;
var<function> v190_store: array<u32, 3>= array<u32, 3>();
let v190 = &v190_store;
let v191 = info_var.static_meta[3];
let v193 = info_var.dynamic_meta[v191];
let v194 = info_var.static_meta[6];
let v196 = info_var.dynamic_meta[v194];
let v43 = &(*v189)[v5];
*v43 = v193;
let v44 = u32(1);
let v45 = v193 == v44;
let v47 = max(v196, v44);
let v48 = select(v196, v47, v45);
let v53 = &(*v190)[v5];
*v53 = v48;
let v198 = v191 + v44;
let v199 = info_var.dynamic_meta[v198];
let v201 = v194 + v44;
let v202 = info_var.dynamic_meta[v201];
let v64 = &(*v189)[v44];
*v64 = v199;
let v66 = v199 == v44;
let v68 = max(v202, v44);
let v69 = select(v202, v68, v66);
let v74 = &(*v190)[v44];
*v74 = v69;
let v75 = u32(2);
let v204 = v191 + v75;
let v205 = info_var.dynamic_meta[v204];
let v207 = v194 + v75;
let v208 = info_var.dynamic_meta[v207];
let v85 = &(*v189)[v75];
*v85 = v205;
let v87 = v205 == v44;
let v89 = max(v208, v44);
let v90 = select(v208, v89, v87);
let v95 = &(*v190)[v75];
*v95 = v90;
// Init locals end
let v97 = v250 < v13;
if v97 {
// Fuse on write begin
let v102 = &(*v274)[v250];
let v103 = *v102;
let v106 = v250 * v75;
var<function> v209_store: u32;
let v209 = &v209_store;
*v209 = v5;
let v115 = *v53;
let v116 = v106 / v115;
let v210 = info_var.static_meta[4];
let v212 = info_var.dynamic_meta[v210];
let v120 = v116 % v212;
let v213 = info_var.static_meta[7];
let v215 = info_var.dynamic_meta[v213];
let v124 = v120 * v215;
let v125 = *v209;
let v126 = v125 + v124;
*v209 = v126;
let v132 = *v74;
let v133 = v106 / v132;
let v217 = v210 + v44;
let v218 = info_var.dynamic_meta[v217];
let v137 = v133 % v218;
let v220 = v213 + v44;
let v221 = info_var.dynamic_meta[v220];
let v141 = v137 * v221;
let v142 = *v209;
let v143 = v142 + v141;
*v209 = v143;
let v149 = *v95;
let v150 = v106 / v149;
let v223 = v210 + v75;
let v224 = info_var.dynamic_meta[v223];
let v154 = v150 % v224;
let v226 = v213 + v75;
let v227 = info_var.dynamic_meta[v226];
let v158 = v154 * v227;
let v159 = *v209;
let v160 = v159 + v158;
*v209 = v160;
let v162 = *v209;
let v164 = v162 / v75;
let v168 = &(*v273)[v164];
let v169 = *v168;
let v170 = v103 + v169;
let v171 = f32(0.0);
let v172 = vec2<f32>(v171);
let v173 = v170 + v172;
*v102 = v172;
let v183 = &(*v272)[v250];
*v183 = v173;
// Fuse on write end

}
return;

}
