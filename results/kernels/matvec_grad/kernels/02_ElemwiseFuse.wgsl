// ElemwiseFuse (2 dispatches per step under this name)
@group(0) @binding(1) var<storage, read_write> v7: array<f32>;
@group(0) @binding(0) var<storage, read_write> v1: array<f32>;
struct info_st { scalars_usize: array<u32, 8>, static_meta: array<u32, 6>, dynamic_meta: array<u32> }
@group(0) @binding(2) var<storage, read> info_var: info_st;
@compute @workgroup_size(8, 1, 1)
fn elemwise_fuse_7b9462b9(@builtin(workgroup_id) v142: vec3<u32>, @builtin(num_workgroups) v144: vec3<u32>, @builtin(local_invocation_index) v151: u32) {
let v158 = &v7;
let v159 = &v1;
let v5 = u32(0);
let v13 = info_var.scalars_usize[4];
let v143 = v142[2];
let v120 = u32(v143);
let v145 = v144[1];
let v122 = u32(v145);
let v123 = v120 * v122;
let v146 = v144[0];
let v125 = u32(v146);
let v126 = v123 * v125;
let v147 = v142[1];
let v128 = u32(v147);
let v131 = v128 * v125;
let v132 = v126 + v131;
let v149 = v142[0];
let v134 = u32(v149);
let v135 = v132 + v134;
let v157 = u32(8);
let v138 = v135 * v157;
let v152 = v151;
let v140 = u32(v152);
let v141 = v138 + v140;
// Init locals begin
var<function> v105_store: array<u32, 2>= array<u32, 2>();
let v105 = &v105_store;
var<function> v106_store: array<u32, 2>= array<u32, 2>();
let v106 = &v106_store;
let v107 = info_var.static_meta[2];
let v109 = info_var.dynamic_meta[v107];
let v110 = info_var.static_meta[4];
let v112 = info_var.dynamic_meta[v110];
let v42 = &(*v105)[v5];
*v42 = v109;
let v43 = u32(1);
let v44 = v109 == v43;
let v46 = max(v112, v43);
let v47 = select(v112, v46, v44);
let v52 = &(*v106)[v5];
*v52 = v47;
let v114 = v107 + v43;
let v115 = info_var.dynamic_meta[v114];
let v117 = v110 + v43;
let v118 = info_var.dynamic_meta[v117];
let v63 = &(*v105)[v43];
*v63 = v115;
let v65 = v115 == v43;
let v67 = max(v118, v43);
let v68 = select(v118, v67, v65);
let v73 = &(*v106)[v43];
*v73 = v68;
// Init locals end
let v75 = v141 < v13;
if v75 {
// Fuse on write begin
let v80 = &(*v159)[v141];
let v81 = *v80;
let v86 = &(*v158)[v141];
let v87 = *v86;
let v88 = v81 - v87;
let v89 = v88 * v88;
*v80 = v88;
*v86 = v89;
// Fuse on write end

}
return;

}
